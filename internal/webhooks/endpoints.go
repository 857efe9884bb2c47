package webhooks

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/environment"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/webhookdelivery"
	"github.com/latchkey/latchkey/ent/webhookendpoint"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/ids"
	"github.com/latchkey/latchkey/internal/outbound"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/vault"
)

// MaxEndpoints is how many webhook endpoints one environment may have:
// every event is written once per endpoint that wants it.
const MaxEndpoints = 20

// MaxOverlap is the longest time a rotated-out signing secret may keep
// signing.
const MaxOverlap = 7 * 24 * time.Hour

// Field names an endpoint field that Update can clear.
type Field string

// The fields Update can clear (the `remove` list).
const (
	FieldDescription Field = "DESCRIPTION"
	FieldEventTypes  Field = "EVENT_TYPES"
)

// CreateInput holds a new endpoint.
type CreateInput struct {
	URL         string
	Description *string
	// EventTypes are the types sent; all when empty.
	EventTypes []event.Type
}

// Change holds new values for an endpoint's changeable fields; nil leaves
// a field as it is.
type Change struct {
	URL         *string
	Description *string
	EventTypes  []event.Type
}

// Service manages webhook endpoints and their secrets.
type Service struct {
	keys         *vault.Keyring
	allowHTTP    bool
	allowPrivate bool
}

// New returns a service sealing signing secrets with keys. allowHTTP and
// allowPrivate let endpoint URLs be plain http, and name non-public
// addresses: for development only.
func New(keys *vault.Keyring, allowHTTP, allowPrivate bool) *Service {
	return &Service{keys: keys, allowHTTP: allowHTTP, allowPrivate: allowPrivate}
}

// Create adds an endpoint to the viewer's environment and returns it with
// its signing secret, which is never shown again. It returns
// BAD_USER_INPUT for a URL that is not an allowed destination, and
// CONFLICT when the environment has MaxEndpoints already.
func (s *Service) Create(ctx context.Context, c *ent.Client, in CreateInput) (*ent.WebhookEndpoint, string, error) {
	if err := s.check(&in.URL, in.Description); err != nil {
		return nil, "", err
	}
	env := auth.FromContext(ctx).EnvironmentID
	id := ids.New("whe")
	key, shown := newSecret()
	endpoint, err := store.InTx(ctx, c, func(tx *ent.Client) (*ent.WebhookEndpoint, error) {
		// Creations in one environment take turns, so that two at once
		// cannot both find room for one more.
		sys := privacy.DecisionContext(ctx, privacy.Allow)
		if _, err := tx.Environment.Query().Where(environment.ID(env), store.ForUpdate).IDs(sys); err != nil {
			return nil, fmt.Errorf("webhooks.Create: %w", err)
		}
		n, err := tx.WebhookEndpoint.Query().Count(ctx)
		if err != nil {
			return nil, fmt.Errorf("webhooks.Create: %w", err)
		}
		if n >= MaxEndpoints {
			return nil, errs.New(errs.Conflict, "an environment may have at most %d webhook endpoints; delete one first", MaxEndpoints)
		}
		endpoint, err := tx.WebhookEndpoint.Create().
			SetID(id).
			SetEnvironmentID(env).
			SetURL(in.URL).
			SetNillableDescription(in.Description).
			SetEventTypes(typeNames(in.EventTypes)).
			SetSecret(sealSecret(s.keys, env, id, key)).
			Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("webhooks.Create: %w", err)
		}
		return endpoint, audit.Record(ctx, tx, event.TypeWEBHOOK_ENDPOINT_CREATED, id, map[string]any{"eventTypes": endpoint.EventTypes})
	})
	if err != nil {
		return nil, "", err
	}
	return endpoint, shown, nil
}

// Update sets the fields in change and clears those in remove. A field
// both changed and removed is BAD_USER_INPUT.
func (s *Service) Update(ctx context.Context, c *ent.Client, id string, change Change, remove []Field) (*ent.WebhookEndpoint, error) {
	clearDescription := slices.Contains(remove, FieldDescription)
	clearTypes := slices.Contains(remove, FieldEventTypes)
	var fields []errs.FieldError
	if clearDescription && change.Description != nil {
		fields = append(fields, errs.FieldError{Field: "description", Message: "is both in change and in remove"})
	}
	if clearTypes && change.EventTypes != nil {
		fields = append(fields, errs.FieldError{Field: "eventTypes", Message: "is both in change and in remove"})
	}
	if len(fields) > 0 {
		return nil, errs.Invalid("a field cannot be changed and removed at once", fields...)
	}
	if err := s.check(change.URL, change.Description); err != nil {
		return nil, err
	}
	var changed []string
	for _, f := range []struct {
		name string
		set  bool
	}{{"url", change.URL != nil}, {"description", change.Description != nil || clearDescription}, {"eventTypes", change.EventTypes != nil || clearTypes}} {
		if f.set {
			changed = append(changed, f.name)
		}
	}
	return store.InTx(ctx, c, func(tx *ent.Client) (*ent.WebhookEndpoint, error) {
		update := tx.WebhookEndpoint.UpdateOneID(id).SetNillableURL(change.URL).SetNillableDescription(change.Description)
		if change.EventTypes != nil {
			update.SetEventTypes(typeNames(change.EventTypes))
		}
		if clearDescription {
			update.ClearDescription()
		}
		if clearTypes {
			update.ClearEventTypes()
		}
		endpoint, err := update.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("webhooks.Update(%q): %w", id, err)
		}
		return endpoint, audit.Record(ctx, tx, event.TypeWEBHOOK_ENDPOINT_UPDATED, id, map[string]any{"fields": changed})
	})
}

// SetEnabled enables or disables an endpoint. A disabled endpoint is sent
// nothing and is given no new events; what was queued for it is parked
// (no next attempt time, so the workers do not look at it) and goes out
// once it is enabled again.
func (s *Service) SetEnabled(ctx context.Context, c *ent.Client, id string, enabled bool) (*ent.WebhookEndpoint, error) {
	return store.InTx(ctx, c, func(tx *ent.Client) (*ent.WebhookEndpoint, error) {
		update := tx.WebhookEndpoint.UpdateOneID(id).SetIsEnabled(enabled)
		typ := event.TypeWEBHOOK_ENDPOINT_ENABLED
		data := map[string]any(nil)
		if enabled {
			update.ClearDisabledReason().ClearFailingSince()
		} else {
			update.SetDisabledReason(webhookendpoint.DisabledReasonMANUAL)
			typ, data = event.TypeWEBHOOK_ENDPOINT_DISABLED, map[string]any{"reason": webhookendpoint.DisabledReasonMANUAL.String()}
		}
		endpoint, err := update.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("webhooks.SetEnabled(%q): %w", id, err)
		}
		// The viewer's update found the endpoint: its deliveries are
		// parked, or unparked, as the system.
		if err := park(ctx, tx, id, !enabled); err != nil {
			return nil, fmt.Errorf("webhooks.SetEnabled(%q): %w", id, err)
		}
		return endpoint, audit.Record(ctx, tx, typ, id, data)
	})
}

// Delete removes an endpoint, with its deliveries and their attempts.
func (s *Service) Delete(ctx context.Context, c *ent.Client, id string) error {
	return store.WithTx(ctx, c, func(tx *ent.Client) error {
		endpoint, err := tx.WebhookEndpoint.Get(ctx, id)
		if err != nil {
			return fmt.Errorf("webhooks.Delete(%q): %w", id, err)
		}
		if err := tx.WebhookEndpoint.DeleteOne(endpoint).Exec(ctx); err != nil {
			return fmt.Errorf("webhooks.Delete(%q): %w", id, err)
		}
		return audit.Record(ctx, tx, event.TypeWEBHOOK_ENDPOINT_DELETED, id, nil)
	})
}

// RotateSecret gives an endpoint a new signing secret and returns it, once.
// For overlap (at most MaxOverlap) the previous secret signs too, so that
// a receiver may switch at any time in between; a secret from an earlier
// rotation stops at once.
func (s *Service) RotateSecret(ctx context.Context, c *ent.Client, id string, overlap time.Duration) (*ent.WebhookEndpoint, string, error) {
	if overlap < 0 || overlap > MaxOverlap {
		return nil, "", errs.Invalid("overlap is out of range",
			errs.FieldError{Field: "overlap", Message: fmt.Sprintf("must be between 0 and %d seconds", int(MaxOverlap.Seconds()))})
	}
	key, shown := newSecret()
	endpoint, err := store.InTx(ctx, c, func(tx *ent.Client) (*ent.WebhookEndpoint, error) {
		seen, err := tx.WebhookEndpoint.Get(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("webhooks.RotateSecret(%q): %w", id, err)
		}
		// Only the secret read is replaced: of two rotations at once, the
		// second is told, so that every secret a rotation returns signs.
		update := tx.WebhookEndpoint.UpdateOne(seen).Where(webhookendpoint.Secret(seen.Secret)).
			SetSecret(sealSecret(s.keys, seen.EnvironmentID, id, key))
		if overlap > 0 {
			update.SetPreviousSecret(seen.Secret).SetPreviousSecretExpiresTime(clock.Now().Add(overlap))
		} else {
			update.ClearPreviousSecret().ClearPreviousSecretExpiresTime()
		}
		endpoint, err := update.Save(ctx)
		if ent.IsNotFound(err) {
			return nil, errs.New(errs.Conflict, "the endpoint's secret changed while this rotation ran (another rotation, most likely); read it again and retry")
		}
		if err != nil {
			return nil, fmt.Errorf("webhooks.RotateSecret(%q): %w", id, err)
		}
		return endpoint, audit.Record(ctx, tx, event.TypeWEBHOOK_ENDPOINT_SECRET_ROTATED, id, map[string]any{"overlapSeconds": int(overlap.Seconds())})
	})
	if err != nil {
		return nil, "", err
	}
	return endpoint, shown, nil
}

// park takes an endpoint's pending deliveries out of the workers' sight
// (no next attempt time), or, with parked false, makes them due now.
func park(ctx context.Context, tx *ent.Client, endpointID string, parked bool) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	update := tx.WebhookDelivery.Update().
		Where(webhookdelivery.EndpointID(endpointID), webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING))
	if parked {
		update.ClearNextAttemptTime()
	} else {
		update.Where(webhookdelivery.NextAttemptTimeIsNil()).SetNextAttemptTime(clock.Now())
	}
	_, err := update.Save(sys)
	return err
}

// check returns BAD_USER_INPUT for a URL that is not an allowed
// destination, or a description that is too long; nil values are not
// checked.
func (s *Service) check(url, description *string) error {
	var fields []errs.FieldError
	switch {
	case url == nil:
	case len(*url) > 2000:
		fields = append(fields, errs.FieldError{Field: "url", Message: "must be at most 2000 characters"})
	case *url != strings.TrimSpace(*url):
		fields = append(fields, errs.FieldError{Field: "url", Message: "must not start or end with spaces"})
	default:
		if problem := outbound.CheckURL(*url, s.allowHTTP, s.allowPrivate, true); problem != "" {
			fields = append(fields, errs.FieldError{Field: "url", Message: problem})
		}
	}
	if description != nil && len([]rune(*description)) > 500 {
		fields = append(fields, errs.FieldError{Field: "description", Message: "must be at most 500 characters"})
	}
	if len(fields) > 0 {
		return errs.Invalid("the webhook endpoint is not valid", fields...)
	}
	return nil
}

// typeNames returns types as sorted, distinct names.
func typeNames(types []event.Type) []string {
	names := make([]string, 0, len(types))
	for _, t := range types {
		names = append(names, t.String())
	}
	slices.Sort(names)
	return slices.Compact(names)
}
