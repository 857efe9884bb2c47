package server_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/filter"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestListingDescriptionsHold reads, by introspection, the fields and sort
// keys each connection's filter and sortBy descriptions advertise, and uses
// every one of them: none may be refused as unknown. A key that one
// connection sorts by and another does not (foreignId: keys, not accounts)
// must be refused by the other, with the keys it does take.
func TestListingDescriptionsHold(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		var schema struct {
			Schema struct {
				QueryType struct {
					Fields []struct {
						Name string
						Args []struct{ Name, Description string }
					}
				}
			} `json:"__schema"`
		}
		s.Must(t, admin.Secret, `{ __schema { queryType { fields { name args { name description } } } } }`, nil, &schema)
		listed := regexp.MustCompile(`(?:over|one of): ([\w., ]+)\.$`)
		connections := 0
		for _, f := range schema.Schema.QueryType.Fields {
			for _, a := range f.Args {
				if a.Name != "filter" && a.Name != "sortBy" {
					continue
				}
				m := listed.FindStringSubmatch(a.Description)
				if m == nil {
					t.Errorf("%s(%s): the description lists nothing: %q", f.Name, a.Name, a.Description)
					continue
				}
				if a.Name == "filter" {
					connections++
				}
				for _, key := range strings.Split(m[1], ", ") {
					var arg string
					if a.Name == "sortBy" {
						arg = fmt.Sprintf(`sortBy: %q`, key+":DESC")
					} else {
						arg = fmt.Sprintf(`filter: %q`, key+" = 'x'")
					}
					r := s.Do(t, admin.Secret, fmt.Sprintf(`{ %s(first: 1, %s) { totalCount } }`, f.Name, arg), nil)
					if strings.Contains(r.Body, "found the field") {
						t.Errorf("%s(%s): the advertised %q is refused as unknown: %s", f.Name, a.Name, key, r.Body)
					}
				}
			}
		}
		if connections != 7 {
			t.Errorf("%d connections take a filter, want 7 (accounts, authAccesses, events, platformApps, sources, webhookDeliveries, webhookEndpoints)", connections)
		}
		r := s.Do(t, admin.Secret, `{ accounts(sortBy: "foreignId:DESC") { totalCount } }`, nil)
		if r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, strings.Join(filter.Accounts.SortKeys(), ", ")) {
			t.Errorf("accounts sorted by foreignId: %s", r.Body)
		}
		var apps struct {
			PlatformApps struct{ TotalCount int }
		}
		s.Must(t, admin.Secret, `{ platformApps(filter: "source = 'nowhere'", sortBy: "name:DESC", limit: 5) { totalCount } }`, nil, &apps)
		if apps.PlatformApps.TotalCount != 0 {
			t.Errorf("platform apps of an unknown source: %d", apps.PlatformApps.TotalCount)
		}
	})
}
