package webhooks

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/webhookdelivery"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/store"
)

// Redeliver sends a delivery again as soon as a worker is free, with a
// fresh schedule of retries: a DELIVERED or FAILED one becomes PENDING, a
// PENDING one stops waiting for its next retry. For a delivery being sent
// right now, that attempt's outcome decides what follows.
func (s *Service) Redeliver(ctx context.Context, c *ent.Client, id string) (*ent.WebhookDelivery, error) {
	return store.InTx(ctx, c, func(tx *ent.Client) (*ent.WebhookDelivery, error) {
		d, err := tx.WebhookDelivery.Get(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("webhooks.Redeliver(%q): %w", id, err)
		}
		d, err = tx.WebhookDelivery.UpdateOne(d).
			SetStatus(webhookdelivery.StatusPENDING).ClearDeliveredTime().
			SetNextAttemptTime(clock.Now()).SetScheduleStart(d.AttemptCount).
			Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("webhooks.Redeliver(%q): %w", id, err)
		}
		return d, audit.Record(ctx, tx, event.TypeWEBHOOK_DELIVERY_REDELIVERED, id, map[string]any{"endpointId": d.EndpointID, "eventId": d.EventID})
	})
}
