package webhooks

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
)

// typePrefixes are the objects event types are about, longest first, as
// they start an EventType's name.
var typePrefixes = []string{"WEBHOOK_ENDPOINT_", "WEBHOOK_DELIVERY_", "OAUTH_CONNECT_", "PLATFORM_APP_", "AUTH_ACCESS_", "ACCOUNT_", "SOURCE_"}

// TypeName returns the name a payload gives an event type: the object and
// what happened to it, in lower case, joined by a dot
// (ACCOUNT_ADDED is account.added, AUTH_ACCESS_SECRET_ROTATED is
// auth_access.secret_rotated).
func TypeName(t event.Type) string {
	s := t.String()
	for _, p := range typePrefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return strings.ToLower(strings.TrimSuffix(p, "_")) + "." + strings.ToLower(rest)
		}
	}
	return strings.ToLower(s)
}

// body is a delivery's JSON payload, the shape Standard Webhooks
// recommends: a type, a time and the event's own fields.
type body struct {
	Type      string    `json:"type"`
	Timestamp time.Time `json:"timestamp"`
	Data      eventData `json:"data"`
}

// eventData is the event as the GraphQL Event type shows it: IDs and
// non-secret fields only.
type eventData struct {
	ID           string         `json:"id"`
	Type         event.Type     `json:"type"`
	SubjectID    string         `json:"subjectId"`
	AuthAccessID *string        `json:"authAccessId,omitempty"`
	PersonID     *string        `json:"personId,omitempty"`
	CreatedTime  time.Time      `json:"createdTime"`
	Data         map[string]any `json:"data,omitempty"`
}

// Payload returns the body sent for ev: the same bytes on every attempt.
func Payload(ev *ent.Event) ([]byte, error) {
	return json.Marshal(body{
		Type:      TypeName(ev.Type),
		Timestamp: ev.CreatedTime.UTC(),
		Data: eventData{
			ID: ev.ID, Type: ev.Type, SubjectID: ev.SubjectID,
			AuthAccessID: ev.AuthAccessID, PersonID: ev.PersonID,
			CreatedTime: ev.CreatedTime.UTC(), Data: ev.Data,
		},
	})
}
