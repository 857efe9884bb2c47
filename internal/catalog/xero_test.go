package catalog

import (
	"encoding/base64"
	"testing"
	"time"
)

// TestChooseTenant takes the connection the token's authentication event
// made, or else the newest, and never prefers connections without an
// event when the token names none.
func TestChooseTenant(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC) }
	conns := []xeroConnection{
		{TenantID: "old", Created: day(1)},
		{TenantID: "made", AuthEventID: "ev-2", Created: day(2)},
		{TenantID: "newest", AuthEventID: "ev-3", Created: day(3)},
	}
	for _, c := range []struct{ event, want string }{{"ev-2", "made"}, {"", "newest"}, {"ev-unknown", "newest"}} {
		if got := chooseTenant(conns, c.event).TenantID; got != c.want {
			t.Errorf("with event %q chose %s, want %s", c.event, got, c.want)
		}
	}
	claims := base64.RawURLEncoding.EncodeToString([]byte(`{"authentication_event_id":"ev-2"}`))
	if got := authEventOf("e30." + claims + ".sig"); got != "ev-2" {
		t.Errorf("the token's event is %q", got)
	}
	if got := authEventOf("opaque-token"); got != "" {
		t.Errorf("an opaque token's event is %q", got)
	}
}
