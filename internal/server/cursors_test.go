package server_test

import (
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestForeignAndBrokenCursors: a cursor cut short, made up, or taken from
// another connection with the same order is BAD_USER_INPUT in plain words.
// Before, a cut cursor was UNAVAILABLE ("the database is unavailable;
// retry"), a made-up one showed the decoder's message, and an events
// cursor continued the accounts listing.
func TestForeignAndBrokenCursors(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		s.NewKey(t, "production", auth.ReadOnly) // an event more
		for _, id := range []string{"a", "b"} {
			s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify(id)}, &map[string]any{})
		}
		var events struct {
			Events struct{ PageInfo struct{ EndCursor string } }
		}
		s.Must(t, admin.Secret, `{ events(first: 1, sortBy: "createdTime:DESC") { pageInfo { endCursor } } }`, nil, &events)
		var accounts struct {
			Accounts struct{ PageInfo struct{ EndCursor string } }
		}
		s.Must(t, admin.Secret, `{ accounts(first: 1, sortBy: "createdTime:DESC") { pageInfo { endCursor } } }`, nil, &accounts)
		good := accounts.Accounts.PageInfo.EndCursor
		for name, cursor := range map[string]string{
			"from events": events.Events.PageInfo.EndCursor,
			"cut short":   good[:len(good)/2],
			"made up":     "bm90IGEgY3Vyc29y",
			"not base64":  "%%%",
		} {
			r := s.Do(t, admin.Secret, `query($c: Cursor) { accounts(first: 1, after: $c, sortBy: "createdTime:DESC") { edges { node { id } } } }`, map[string]any{"c": cursor})
			if r.Code() != "BAD_USER_INPUT" {
				t.Errorf("a cursor %s: %s", name, r.Body)
			}
			for _, leak := range []string{"msgpack", "base64", "decode", "Go value", "struct"} {
				if strings.Contains(r.Body, leak) {
					t.Errorf("a cursor %s: the answer shows %q: %s", name, leak, r.Body)
				}
			}
		}
		if r := s.Do(t, admin.Secret, `query($c: Cursor) { accounts(first: 1, after: $c, sortBy: "createdTime:DESC") { edges { node { id } } } }`, map[string]any{"c": good}); r.Code() != "" {
			t.Errorf("the cursor of the listing itself: %s", r.Body)
		}
	})
}
