package keys

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
)

// ReservedPersonPrefix starts the person IDs of Latchkey's own actors in
// events (latchkey-cli, latchkey-reverifier, latchkey-webhooks); no
// connect session may act as one.
const ReservedPersonPrefix = "latchkey-"

// Connect session lifetimes.
const (
	DefaultSessionLifetime = 15 * time.Minute
	MaxSessionLifetime     = 24 * time.Hour
)

// ConnectSessionInput holds a new connect session.
type ConnectSessionInput struct {
	// PersonID is the end user the session acts for.
	PersonID string
	// Sources, when not nil, limits the session to these sources.
	Sources []string
	// ExpiresIn is the session's lifetime in seconds.
	ExpiresIn *int
}

// CreateConnectSession makes a short-lived CREDENTIALS_IN_ONLY key bound to
// an end user, for a frontend's connect widget: accounts added with it have
// a Creator of kind UI naming the person. It returns the key and its secret
// key, BAD_USER_INPUT for invalid fields.
func CreateConnectSession(ctx context.Context, c *ent.Client, in ConnectSessionInput) (*ent.AuthAccess, string, error) {
	lifetime := DefaultSessionLifetime
	if in.ExpiresIn != nil {
		lifetime = -1 // out of range unless it fits
		if n := *in.ExpiresIn; n > 0 && n <= int(MaxSessionLifetime.Seconds()) {
			lifetime = time.Duration(n) * time.Second
		}
	}
	var fields []errs.FieldError
	switch person := strings.TrimSpace(in.PersonID); {
	case person == "":
		fields = append(fields, errs.FieldError{Field: "personId", Message: "must not be empty"})
	case strings.HasPrefix(strings.ToLower(person), ReservedPersonPrefix):
		// Latchkey's own actors (the CLI, the re-verifier, the webhook
		// worker) go by such names in events.
		fields = append(fields, errs.FieldError{Field: "personId", Message: fmt.Sprintf("must not start with %q, which names Latchkey's own actors", ReservedPersonPrefix)})
	}
	if lifetime <= 0 || lifetime > MaxSessionLifetime {
		fields = append(fields, errs.FieldError{Field: "expiresIn", Message: fmt.Sprintf("must be between 1 and %d seconds", int(MaxSessionLifetime.Seconds()))})
	}
	if in.Sources != nil {
		known, err := c.Source.Query().Where(source.KeyIn(in.Sources...)).Select(source.FieldKey).Strings(ctx)
		if err != nil {
			return nil, "", fmt.Errorf("keys.CreateConnectSession: %w", err)
		}
		for _, k := range in.Sources {
			if !slices.Contains(known, k) {
				fields = append(fields, errs.FieldError{Field: "sources", Message: fmt.Sprintf("%q is not a source of the catalog", k)})
			}
		}
	}
	if len(fields) > 0 {
		return nil, "", errs.Invalid("the connect session is invalid", fields...)
	}
	person := strings.TrimSpace(in.PersonID)
	key, secretKey, err := insert(ctx, c, func(create *ent.AuthAccessCreate) {
		create.
			SetName("Connect session of " + person).
			SetPermission(auth.CredentialsInOnly).
			SetPersonID(person).
			SetExpiresTime(clock.Now().Add(lifetime))
		if in.Sources != nil {
			create.SetSourceKeys(in.Sources)
		}
	}, map[string]any{"connectSession": true, "personId": person})
	if err != nil {
		return nil, "", fmt.Errorf("keys.CreateConnectSession: %w", err)
	}
	return key, secretKey, nil
}
