package audit

import (
	"context"
	"slices"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/webhookendpoint"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/store"
)

// subscribers returns the IDs of env's enabled webhook endpoints that want
// events of type typ. They are read as the system, whatever the viewer
// may read: a key that may only add accounts still causes their events.
// In a transaction on PostgreSQL the rows are locked FOR SHARE until it
// ends, so that an endpoint deleted meanwhile waits for the deliveries
// written to it instead of making their insert fail.
func subscribers(ctx context.Context, c *ent.Client, env string, typ event.Type) ([]string, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	endpoints, err := c.WebhookEndpoint.Query().
		Where(webhookendpoint.EnvironmentID(env), webhookendpoint.IsEnabled(true), store.ForShare).
		Select(webhookendpoint.FieldID, webhookendpoint.FieldEventTypes).
		All(sys)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, e := range endpoints {
		if len(e.EventTypes) == 0 || slices.Contains(e.EventTypes, typ.String()) {
			ids = append(ids, e.ID)
		}
	}
	return ids, nil
}

// enqueue writes ev's deliveries to endpoints, due at once.
func enqueue(ctx context.Context, tx *ent.Client, ev *ent.Event, endpoints []string) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	now := clock.Now()
	return tx.WebhookDelivery.MapCreateBulk(endpoints, func(create *ent.WebhookDeliveryCreate, i int) {
		create.SetEnvironmentID(ev.EnvironmentID).
			SetEndpointID(endpoints[i]).
			SetEventID(ev.ID).
			SetSubjectID(ev.SubjectID).
			SetNextAttemptTime(now)
	}).Exec(sys)
}
