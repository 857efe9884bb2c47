package webhooks

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"
	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/webhookattempt"
	"github.com/latchkey/latchkey/ent/webhookdelivery"
	"github.com/latchkey/latchkey/ent/webhookendpoint"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/outbound"
	"github.com/latchkey/latchkey/internal/store"
)

// SystemPersonID names the delivery worker as the actor of the events it
// records (an endpoint disabled for failing).
const SystemPersonID = "latchkey-webhooks"

// maxAnswer is how much of an endpoint's answer is read; the rest is
// dropped with the connection.
const maxAnswer = 64 << 10

// outcome is what one attempt found.
type outcome struct {
	start    time.Time
	duration time.Duration
	status   int    // the HTTP status; 0 when none came
	problem  string // why it failed, in plain words; "" when accepted
}

// attempt sends d once and records what happened.
func (w *Worker) attempt(ctx context.Context, d *ent.WebhookDelivery) {
	out := w.send(ctx, d)
	if err := w.record(ctx, d, out); err != nil {
		w.cfg.Log.Warn("recording a webhook attempt failed", "delivery", d.ID, "error", err.Error())
	}
}

// send posts d's payload to its endpoint, signed with every secret the
// endpoint signs with.
func (w *Worker) send(ctx context.Context, d *ent.WebhookDelivery) outcome {
	out := outcome{start: clock.Now()}
	endpoint := d.Edges.Endpoint
	payload, err := Payload(d.Edges.Event)
	if err != nil {
		w.cfg.Log.Error("building a webhook payload failed", "delivery", d.ID, "error", err.Error())
		out.problem = "the payload could not be built"
		return out
	}
	signature, err := w.sign(endpoint, d.ID, out.start, payload)
	if err != nil {
		w.cfg.Log.Error("opening a webhook signing secret failed", "endpoint", endpoint.ID, "error", err.Error())
		out.problem = "the signing secret could not be opened; rotate it"
		return out
	}
	ctx, cancel := context.WithTimeout(ctx, w.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint.URL, bytes.NewReader(payload))
	if err != nil {
		out.problem = "the endpoint's URL is not valid"
		return out
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Latchkey-Webhooks/1")
	req.Header.Set(standardwebhooks.HeaderWebhookID, d.ID)
	req.Header.Set(standardwebhooks.HeaderWebhookTimestamp, strconv.FormatInt(out.start.Unix(), 10))
	req.Header.Set(standardwebhooks.HeaderWebhookSignature, signature)
	resp, err := w.cfg.Client.Do(req)
	if err == nil {
		// The status decides; the rest of the answer is read, within the
		// attempt's time, only so that the connection can serve again.
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxAnswer))
		resp.Body.Close()
		out.status = resp.StatusCode
	}
	out.duration = clock.Now().Sub(out.start)
	switch {
	case err != nil:
		out.problem = describe(err, w.cfg.Timeout)
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		out.problem = fmt.Sprintf("the endpoint answered %d; redirects are not followed", resp.StatusCode)
	case resp.StatusCode < 200 || resp.StatusCode >= 300:
		out.problem = fmt.Sprintf("the endpoint answered %d", resp.StatusCode)
	}
	return out
}

// sign returns the webhook-signature header of payload: one v1 signature
// by the endpoint's secret, and one by the previous secret while it still
// signs.
func (w *Worker) sign(endpoint *ent.WebhookEndpoint, id string, at time.Time, payload []byte) (string, error) {
	sealed := [][]byte{endpoint.Secret}
	if endpoint.PreviousSecret != nil && endpoint.PreviousSecretExpiresTime != nil && at.Before(*endpoint.PreviousSecretExpiresTime) {
		sealed = append(sealed, *endpoint.PreviousSecret)
	}
	var signatures []string
	for _, s := range sealed {
		key, err := openSecret(w.cfg.Keys, endpoint.EnvironmentID, endpoint.ID, s)
		if err != nil {
			return "", err
		}
		wh, err := standardwebhooks.NewWebhookRaw(key)
		if err != nil {
			return "", err
		}
		sig, err := wh.Sign(id, at, payload)
		if err != nil {
			return "", err
		}
		signatures = append(signatures, sig)
	}
	return strings.Join(signatures, " "), nil
}

// describe says in plain words why a request got no answer, naming
// neither the receiver's text nor Go's.
func describe(err error, timeout time.Duration) string {
	switch {
	case errors.Is(err, outbound.ErrNotPublic):
		return "the endpoint's address is not public"
	case errors.Is(err, outbound.ErrNotHTTPS):
		return "the endpoint's URL must use https"
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, http.ErrHandlerTimeout) || isTimeout(err):
		return fmt.Sprintf("the endpoint did not answer within %s", timeout)
	default:
		return "the endpoint could not be reached"
	}
}

// isTimeout reports whether err is a network timeout.
func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// record writes an attempt, moves its delivery on (DELIVERED, a retry, or
// FAILED) and releases the lease, in one transaction; then it keeps the
// endpoint's failingSince and disables an endpoint that has failed for
// DisableAfter. A worker that lost its lease records nothing: the
// delivery is another's now.
func (w *Worker) record(ctx context.Context, d *ent.WebhookDelivery, out outcome) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	now := clock.Now()
	err := store.WithTx(sys, w.client, func(tx *ent.Client) error {
		attempt := tx.WebhookAttempt.Create().
			SetEnvironmentID(d.EnvironmentID).SetDeliveryID(d.ID).
			SetCreatedTime(out.start).SetDurationMs(int(out.duration.Milliseconds()))
		if out.status != 0 {
			attempt.SetStatusCode(out.status)
		}
		if out.problem != "" {
			attempt.SetError(out.problem)
		}
		update := tx.WebhookDelivery.Update().
			Where(webhookdelivery.ID(d.ID), webhookdelivery.Lease(*d.Lease)).
			AddAttemptCount(1).ClearLease().ClearLeaseExpiresTime()
		switch wait, retry := w.retryWait(d.AttemptCount + 1 - d.ScheduleStart); {
		case out.problem == "":
			update.SetStatus(webhookdelivery.StatusDELIVERED).SetDeliveredTime(now).ClearNextAttemptTime()
		case retry:
			update.SetNextAttemptTime(now.Add(wait))
		default:
			update.SetStatus(webhookdelivery.StatusFAILED).ClearNextAttemptTime()
		}
		n, err := update.Save(sys)
		if err != nil {
			return err
		}
		if n == 0 {
			return errLeaseLost
		}
		if err := attempt.Exec(sys); err != nil {
			return err
		}
		return keepNewestAttempts(sys, tx, d)
	})
	if errors.Is(err, errLeaseLost) {
		w.cfg.Log.Warn("a webhook delivery's lease ended before its attempt was recorded; another worker has it", "delivery", d.ID)
		return nil
	}
	if err != nil {
		return err
	}
	return w.trackFailing(sys, d.Edges.Endpoint, out.problem == "", now)
}

// MaxAttemptsKept is how many attempts of one delivery are kept, the
// newest: redelivering by hand again and again cannot grow a delivery's
// list without bound.
const MaxAttemptsKept = 20

// keepNewestAttempts deletes d's attempts but the MaxAttemptsKept newest.
func keepNewestAttempts(sys context.Context, tx *ent.Client, d *ent.WebhookDelivery) error {
	if d.AttemptCount+1 <= MaxAttemptsKept {
		return nil
	}
	old, err := tx.WebhookAttempt.Query().
		Where(webhookattempt.DeliveryID(d.ID)).
		Order(webhookattempt.ByCreatedTime(sql.OrderDesc()), webhookattempt.ByID(sql.OrderDesc())).
		Offset(MaxAttemptsKept).IDs(sys)
	if err != nil || len(old) == 0 {
		return err
	}
	_, err = tx.WebhookAttempt.Delete().Where(webhookattempt.IDIn(old...)).Exec(sys)
	return err
}

// errLeaseLost is a recording whose lease another worker has taken.
var errLeaseLost = errors.New("webhooks: lease lost")

// trackFailing keeps endpoint's failingSince: cleared by a success, set by
// the first failure after one; an endpoint failing for DisableAfter is
// disabled, with an event saying why.
func (w *Worker) trackFailing(sys context.Context, endpoint *ent.WebhookEndpoint, ok bool, now time.Time) error {
	q := w.client.WebhookEndpoint.Update().Where(webhookendpoint.ID(endpoint.ID))
	switch {
	case ok && endpoint.FailingSince != nil:
		_, err := q.Where(webhookendpoint.FailingSinceNotNil()).ClearFailingSince().Save(sys)
		return err
	case ok:
		return nil
	case endpoint.FailingSince == nil:
		_, err := q.Where(webhookendpoint.FailingSinceIsNil()).SetFailingSince(now).Save(sys)
		return err
	case now.Sub(*endpoint.FailingSince) < w.cfg.DisableAfter:
		return nil
	}
	actor := auth.NewContext(sys, &auth.Viewer{EnvironmentID: endpoint.EnvironmentID, PersonID: SystemPersonID, Permission: auth.FullAccess})
	return store.WithTx(actor, w.client, func(tx *ent.Client) error {
		n, err := tx.WebhookEndpoint.Update().
			Where(webhookendpoint.ID(endpoint.ID), webhookendpoint.IsEnabled(true), webhookendpoint.FailingSinceNotNil()).
			SetIsEnabled(false).SetDisabledReason(webhookendpoint.DisabledReasonFAILING).
			Save(actor)
		if err != nil || n == 0 {
			return err
		}
		if err := park(actor, tx, endpoint.ID, true); err != nil {
			return err
		}
		return audit.Record(actor, tx, event.TypeWEBHOOK_ENDPOINT_DISABLED, endpoint.ID, map[string]any{
			"reason": webhookendpoint.DisabledReasonFAILING.String(), "failingSince": endpoint.FailingSince.UTC().Format(time.RFC3339),
		})
	})
}
