// Package audit records who did what: the Creator of each new account or key,
// and an Event for every change. Both name the viewer of the context; events
// carry no secrets.
package audit

import (
	"context"
	"errors"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/creator"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/store"
)

// errNoViewer is returned when the context has no viewer to record.
var errNoViewer = errors.New("audit: no viewer in context")

// NewCreator creates the Creator of a new object in the viewer's
// environment: kind API naming the viewer's key, or kind UI naming the
// person (and the connect session's key, if the person acted through one).
func NewCreator(ctx context.Context, c *ent.Client) (*ent.Creator, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil, errNoViewer
	}
	create := c.Creator.Create().SetEnvironmentID(v.EnvironmentID).SetKind(creator.KindAPI)
	if v.PersonID != "" {
		// A person: through an operator tool, or a connect session's key.
		create.SetKind(creator.KindUI).SetPersonID(v.PersonID)
	}
	if v.AuthAccessID != "" {
		create.SetAuthAccessID(v.AuthAccessID)
	}
	cr, err := create.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("audit: creating creator: %w", err)
	}
	return cr, nil
}

// Record writes an event of type typ about subjectID, caused by the viewer,
// and, in the same transaction, its deliveries to the environment's
// enabled webhook endpoints that want its type (the outbox: an event is
// never committed without them, nor they without it). data must hold no
// secret.
func Record(ctx context.Context, c *ent.Client, typ event.Type, subjectID string, data map[string]any) error {
	v := auth.FromContext(ctx)
	if v == nil {
		return errNoViewer
	}
	endpoints, err := subscribers(ctx, c, v.EnvironmentID, typ)
	if err != nil {
		return fmt.Errorf("audit: recording %s: %w", typ, err)
	}
	write := func(c *ent.Client) (*ent.Event, error) {
		return c.Event.Create().SetEnvironmentID(v.EnvironmentID).
			SetType(typ).SetSubjectID(subjectID).SetData(data).
			SetNillableAuthAccessID(nonEmpty(v.AuthAccessID)).SetNillablePersonID(nonEmpty(v.PersonID)).
			Save(ctx)
	}
	if len(endpoints) == 0 {
		_, err = write(c)
	} else {
		err = store.WithTx(ctx, c, func(tx *ent.Client) error {
			// Read again, and locked, in the transaction that writes:
			// the first read may have been outside one.
			endpoints, err := subscribers(ctx, tx, v.EnvironmentID, typ)
			if err != nil {
				return err
			}
			ev, err := write(tx)
			if err != nil || len(endpoints) == 0 {
				return err
			}
			return enqueue(ctx, tx, ev, endpoints)
		})
	}
	if err != nil {
		return fmt.Errorf("audit: recording %s: %w", typ, err)
	}
	return nil
}

// nonEmpty returns a pointer to s, or nil when s is empty.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
