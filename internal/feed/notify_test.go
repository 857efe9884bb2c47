package feed_test

import (
	"context"
	"log/slog"
	"slices"
	"testing"
	"time"

	"entgo.io/ent/dialect/sql/schema"
	"github.com/lib/pq"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/migrate"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/feed"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/testenv"
)

// eventTypes returns every event type, as the schema declares them.
func eventTypes(t *testing.T) []event.Type {
	i := slices.IndexFunc(migrate.EventsColumns, func(c *schema.Column) bool { return c.Name == event.FieldType })
	if i < 0 {
		t.Fatal("the events table has no type column")
	}
	var types []event.Type
	for _, v := range migrate.EventsColumns[i].Enums {
		types = append(types, event.Type(v))
	}
	return types
}

// TestKeyEventsAreToldApart: writing an event of each type (every other
// one alone, the rest in a transaction) makes this process's keys stale
// exactly when it is a key's, and on PostgreSQL the events table's trigger
// tells the other processes the same ("keys" or "others").
func TestKeyEventsAreToldApart(t *testing.T) {
	types := eventTypes(t)
	if n := len(slices.DeleteFunc(slices.Clone(types), func(t event.Type) bool { return !feed.KeyEvent(t) })); n != 5 {
		t.Errorf("%d types are keys' events, want the 5 AUTH_ACCESS_ ones", n)
	}
	for _, b := range testenv.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
			hub := feed.NewHub()
			cfg := b.Config(t)
			cfg.WrapDriver = hub.Wrap
			db, err := store.Open(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var notices <-chan *pq.Notification
			if cfg.DatabaseURL != "" {
				l := pq.NewListener(cfg.DatabaseURL, 10*time.Millisecond, time.Second, nil)
				defer l.Close()
				if err := l.Listen(feed.Channel); err != nil {
					t.Fatal(err)
				}
				notices = l.NotificationChannel()
			}
			env := db.Client.Environment.Create().SetName("Notices").SetSlug("notices").SaveX(ctx)
			for i, typ := range types {
				gen := hub.KeyGeneration()
				write := func(c *ent.Client) error {
					return c.Event.Create().SetEnvironmentID(env.ID).SetType(typ).SetSubjectID("x").Exec(ctx)
				}
				if i%2 == 0 {
					err = write(db.Client)
				} else {
					err = store.WithTx(ctx, db.Client, write)
				}
				if err != nil {
					t.Fatal(err)
				}
				if stale := hub.KeyGeneration() != gen; stale != feed.KeyEvent(typ) {
					t.Errorf("an event %s made keys stale here: %v", typ, stale)
				}
				if notices == nil {
					continue
				}
				want := feed.OthersPayload
				if feed.KeyEvent(typ) {
					want = feed.KeysPayload
				}
				select {
				case n := <-notices:
					if n == nil {
						t.Fatal("the listener lost its connection")
					}
					if n.Extra != want {
						t.Errorf("an event %s was notified as %q, want %q", typ, n.Extra, want)
					}
				case <-time.After(5 * time.Second):
					t.Fatalf("no notification of an event %s", typ)
				}
			}
		})
	}
}

// TestListeningHubsTellKeyEventsApart: a hub listening on PostgreSQL makes
// its keys stale for another process's key event, and not for another
// event, which wakes its subscribers all the same.
func TestListeningHubsTellKeyEventsApart(t *testing.T) {
	i := slices.IndexFunc(testenv.Backends(), func(b testenv.Backend) bool { return b.Name == "postgres" })
	if i < 0 {
		t.Skip("PostgreSQL is not set up for the tests")
	}
	cfg := testenv.Backends()[i].Config(t)
	ctx, cancel := context.WithCancel(privacy.DecisionContext(context.Background(), privacy.Allow))
	defer cancel()
	cfg.WrapDriver = feed.NewHub().Wrap
	db, err := store.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	listening := feed.NewHub()
	if err := listening.Listen(ctx, cfg.DatabaseURL, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	env := db.Client.Environment.Create().SetName("Listened").SetSlug("listened").SaveX(ctx)
	write := func(typ event.Type) {
		db.Client.Event.Create().SetEnvironmentID(env.ID).SetType(typ).SetSubjectID("x").ExecX(ctx)
	}
	// Notifications come in the order of their commits: once the key's
	// event has made the keys stale, the other event before it was taken,
	// and did not.
	write(event.TypeACCOUNT_ADDED)
	write(event.TypeAUTH_ACCESS_DISABLED)
	deadline := time.Now().Add(5 * time.Second)
	for listening.KeyGeneration() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	if g := listening.KeyGeneration(); g != 1 {
		t.Errorf("an account's event, then a key's: keys made stale %d times, want once", g)
	}
}
