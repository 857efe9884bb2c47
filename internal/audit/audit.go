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

// Record writes an event of type typ about subjectID, caused by the viewer.
// data must hold no secret.
func Record(ctx context.Context, c *ent.Client, typ event.Type, subjectID string, data map[string]any) error {
	v := auth.FromContext(ctx)
	if v == nil {
		return errNoViewer
	}
	create := c.Event.Create().
		SetEnvironmentID(v.EnvironmentID).
		SetType(typ).
		SetSubjectID(subjectID).
		SetData(data)
	if v.AuthAccessID != "" {
		create.SetAuthAccessID(v.AuthAccessID)
	}
	if v.PersonID != "" {
		create.SetPersonID(v.PersonID)
	}
	if err := create.Exec(ctx); err != nil {
		return fmt.Errorf("audit: recording %s: %w", typ, err)
	}
	return nil
}
