package server_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestWriteFaults fails a write at each of its steps, deterministically: a
// failure before the statement or before the commit leaves nothing behind
// (no key, no creator, no event) and is answered UNAVAILABLE; a failure
// after the commit, the database's answer lost, leaves the whole write and
// is answered UNAVAILABLE too, and a retry with the same foreignId finds it
// (CONFLICT), so no acknowledged write is lost and no write is half done.
// No answer carries driver text.
func TestWriteFaults(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		count := func(table, where string) int {
			var n int
			if err := s.DB.SQL.QueryRow(`SELECT count(*) FROM ` + table + ` WHERE ` + where).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		for _, c := range []struct {
			name    string
			step    testenv.Step
			written bool
		}{
			{"before the statement", testenv.BeforeStatement, false},
			{"before the commit", testenv.BeforeCommit, false},
			{"after the commit", testenv.AfterCommit, true},
		} {
			t.Run(c.name, func(t *testing.T) {
				fid := "fault-" + strings.ReplaceAll(c.name, " ", "-")
				creators, events := count("creators", "1=1"), count("events", "1=1")
				s.Faults.Fail(c.step, `INSERT INTO "auth_accesses"`)
				const create = `mutation($f: String) { createAuthAccess(input: {name: "faulty", permission: READ_ONLY, foreignId: $f}) { secretKey } }`
				r := s.Do(t, admin.Secret, create, map[string]any{"f": fid})
				if r.Code() != "UNAVAILABLE" || strings.Contains(r.Body, "secretKey\":\"") {
					t.Errorf("answer: %s", r.Body)
				}
				for _, leak := range []string{"pq:", "sqlite", "ECONNRESET", "connection reset", "tcp", "commit"} {
					if strings.Contains(strings.ToLower(r.Body), leak) {
						t.Errorf("the answer shows %q: %s", leak, r.Body)
					}
				}
				want := 0
				if c.written {
					want = 1
				}
				keys := count("auth_accesses", fmt.Sprintf("foreign_id = '%s'", fid))
				if keys != want || count("creators", "1=1")-creators != want || count("events", "1=1")-events != want {
					t.Errorf("%d keys, %d new creators, %d new events; want %d of each",
						keys, count("creators", "1=1")-creators, count("events", "1=1")-events, want)
				}
				retry := s.Do(t, admin.Secret, create, map[string]any{"f": fid})
				if wantCode := map[bool]string{true: "CONFLICT", false: ""}[c.written]; retry.Code() != wantCode {
					t.Errorf("the retry answered %s, want code %q", retry.Body, wantCode)
				}
			})
		}
	})
}
