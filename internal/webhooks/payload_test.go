package webhooks

import (
	"regexp"
	"testing"

	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/migrate"
)

// TestTypeNames: every event type has a name of the form object.what,
// and no two share one.
func TestTypeNames(t *testing.T) {
	form := regexp.MustCompile(`^(account|auth_access|platform_app|source|webhook_endpoint|webhook_delivery|oauth_connect)\.[a-z_]+$`)
	seen := map[string]event.Type{}
	var values []string
	for _, c := range migrate.EventsColumns {
		if c.Name == event.FieldType {
			values = c.Enums
		}
	}
	if len(values) < 20 {
		t.Fatalf("the event types are %v", values)
	}
	for _, v := range values {
		typ := event.Type(v)
		name := TypeName(typ)
		if !form.MatchString(name) {
			t.Errorf("%s is named %q", typ, name)
		}
		if other, ok := seen[name]; ok {
			t.Errorf("%s and %s are both named %q", typ, other, name)
		}
		seen[name] = typ
	}
	if got := TypeName(event.TypeAUTH_ACCESS_SECRET_ROTATED); got != "auth_access.secret_rotated" {
		t.Errorf("AUTH_ACCESS_SECRET_ROTATED is %q", got)
	}
}

// TestRetryWaits: the waits follow the schedule within the jitter, and
// run out after it.
func TestRetryWaits(t *testing.T) {
	w := NewWorker(nil, WorkerConfig{})
	total := 0.0
	for n := 1; n <= len(DefaultRetries); n++ {
		d, ok := w.retryWait(n)
		want := DefaultRetries[n-1]
		if !ok || d < want*8/10 || d > want*12/10 {
			t.Errorf("wait after attempt %d: %s, %v; want %s ± 20%%", n, d, ok, want)
		}
		total += want.Hours()
	}
	if _, ok := w.retryWait(len(DefaultRetries) + 1); ok {
		t.Error("the retries do not run out")
	}
	if total < 24 || total > 30 {
		t.Errorf("the retries span %.1f hours, want about a day", total)
	}
}
