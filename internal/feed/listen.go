package feed

import (
	"context"
	"log/slog"
	"time"

	"github.com/lib/pq"
)

// Listen wakes the hub for every NOTIFY on Channel of the PostgreSQL
// database at dsn, until ctx ends. After a lost connection it reconnects,
// and wakes the hub so that subscribers catch up.
func (h *Hub) Listen(ctx context.Context, dsn string, log *slog.Logger) error {
	l := pq.NewListener(dsn, 100*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		if err != nil {
			log.Warn("event listener", "state", int(ev), "error", err.Error())
		}
	})
	if err := l.Listen(Channel); err != nil {
		l.Close()
		return err
	}
	go func() {
		defer l.Close()
		for {
			select {
			case <-ctx.Done():
				return
			case n := <-l.NotificationChannel():
				// nil after a reconnection: wake anyway, keys included,
				// to catch up.
				h.Notify(n == nil || n.Extra != OthersPayload)
			case <-time.After(time.Minute):
				go func() { _ = l.Ping() }()
			}
		}
	}()
	return nil
}
