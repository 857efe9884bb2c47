package server_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

const createKey = `mutation($input: CreateAuthAccessInput!) {
  createAuthAccess(input: $input) {
    secretKey
    authAccess { id name description permission foreignId foreignData token isEnabled expiresTime creator { kind authAccess { id } } }
  }
}`

type keyFields struct {
	ID          string
	Name        string
	Description *string
	Permission  string
	ForeignID   *string
	ForeignData *string
	Token       string
	IsEnabled   bool
	ExpiresTime *time.Time
	Creator     struct {
		Kind       string
		AuthAccess *struct{ ID string }
	}
}

type createdKey struct {
	CreateAuthAccess struct {
		SecretKey  string
		AuthAccess keyFields
	}
}

func TestCreateAuthAccess(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		var got createdKey
		s.Must(t, admin.Secret, createKey, map[string]any{"input": map[string]any{
			"name": "API Keys for CRM developers", "permission": "READ_WRITE_NO_CREDENTIALS_OUT",
			"description": "My description", "foreignData": `{"myKey": 19}`, "foreignId": "123456789",
		}}, &got)
		k := got.CreateAuthAccess
		if !strings.HasPrefix(k.SecretKey, auth.SecretKeyPrefix) || !strings.HasPrefix(k.AuthAccess.Token, auth.TokenPrefix) {
			t.Fatalf("secretKey %q / token %q lack their prefixes", k.SecretKey, k.AuthAccess.Token)
		}
		if k.AuthAccess.Creator.Kind != "API" || k.AuthAccess.Creator.AuthAccess == nil || k.AuthAccess.Creator.AuthAccess.ID != admin.ID {
			t.Errorf("creator = %+v, want kind API naming %s", k.AuthAccess.Creator, admin.ID)
		}
		// The new key works, and knows who it is.
		var who struct{ Viewer struct{ Permission string } }
		s.Must(t, k.SecretKey, `{ viewer { permission } }`, nil, &who)
		if who.Viewer.Permission != "READ_WRITE_NO_CREDENTIALS_OUT" {
			t.Errorf("viewer permission = %s", who.Viewer.Permission)
		}
		// It is found by id, token and foreignId, the same each way.
		for _, arg := range []string{`id: "` + k.AuthAccess.ID + `"`, `token: "` + k.AuthAccess.Token + `"`, `foreignId: "123456789"`} {
			var found struct{ AuthAccess keyFields }
			s.Must(t, admin.Secret, `{ authAccess(`+arg+`) { id name description permission foreignId foreignData token isEnabled expiresTime creator { kind authAccess { id } } } }`, nil, &found)
			if diff := cmp.Diff(k.AuthAccess, found.AuthAccess); diff != "" {
				t.Errorf("authAccess(%s) mismatch (-want +got):\n%s", arg, diff)
			}
		}
		// The same foreignId again is a conflict.
		r := s.Do(t, admin.Secret, createKey, map[string]any{"input": map[string]any{"name": "again", "permission": "READ_ONLY", "foreignId": "123456789"}})
		if r.Code() != "CONFLICT" || !strings.Contains(r.Errors[0].Message, "123456789") {
			t.Errorf("duplicate foreignId: got %s", r.Body)
		}
	})
}

func TestAuthAccessLookupNeedsExactlyOneArgument(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		for _, args := range []string{``, `(id: "` + admin.ID + `", token: "` + admin.Token + `")`} {
			q := `{ authAccess` + args + ` { id } }`
			if r := s.Do(t, admin.Secret, q, nil); r.Code() != "BAD_USER_INPUT" {
				t.Errorf("%s: got %s, want BAD_USER_INPUT", q, r.Body)
			}
		}
		if r := s.Do(t, admin.Secret, `{ authAccess(foreignId: "nope") { id } }`, nil); r.Code() != "NOT_FOUND" {
			t.Errorf("unknown foreignId: got %s, want NOT_FOUND", r.Body)
		}
	})
}

func TestUpdateAuthAccessChangeAndRemove(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		var got createdKey
		s.Must(t, admin.Secret, createKey, map[string]any{"input": map[string]any{
			"name": "crm", "permission": "READ_ONLY", "description": "d0", "foreignData": "f0", "foreignId": "ext-1",
		}}, &got)
		id := got.CreateAuthAccess.AuthAccess.ID
		const update = `mutation($id: ID, $fid: String, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
		  updateAuthAccess(id: $id, foreignId: $fid, change: $change, remove: $remove) { authAccess { description foreignData } } }`
		type fields struct{ Description, ForeignData *string }
		str := func(s string) *string { return &s }
		steps := []struct {
			name string
			vars map[string]any
			want fields
		}{
			{"change both by id", map[string]any{"id": id, "change": map[string]any{"description": "d1", "foreignData": "f1"}}, fields{str("d1"), str("f1")}},
			{"change one, remove the other, by foreignId", map[string]any{"fid": "ext-1", "change": map[string]any{"description": "d2"}, "remove": []string{"FOREIGN_DATA"}}, fields{str("d2"), nil}},
			{"remove both", map[string]any{"id": id, "remove": []string{"DESCRIPTION", "FOREIGN_DATA"}}, fields{nil, nil}},
		}
		for _, step := range steps {
			var out struct{ UpdateAuthAccess struct{ AuthAccess fields } }
			s.Must(t, admin.Secret, update, step.vars, &out)
			if diff := cmp.Diff(step.want, out.UpdateAuthAccess.AuthAccess); diff != "" {
				t.Errorf("%s: mismatch (-want +got):\n%s", step.name, diff)
			}
		}
		bad := []map[string]any{
			{"id": id, "change": map[string]any{"description": "x"}, "remove": []string{"DESCRIPTION"}},
			{"id": id, "fid": "ext-1", "change": map[string]any{"description": "x"}},
			{"change": map[string]any{"description": "x"}},
		}
		for _, vars := range bad {
			if r := s.Do(t, admin.Secret, update, vars); r.Code() != "BAD_USER_INPUT" {
				t.Errorf("%v: got %s, want BAD_USER_INPUT", vars, r.Body)
			}
		}
	})
}

func TestDisabledAndExpiredKeysAuthenticateNothing(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		other := s.NewKey(t, "production", auth.ReadOnly)
		var off struct {
			DisableAuthAccess struct{ AuthAccess struct{ IsEnabled bool } }
		}
		s.Must(t, admin.Secret, `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { isEnabled } } }`, map[string]any{"id": other.ID}, &off)
		if off.DisableAuthAccess.AuthAccess.IsEnabled {
			t.Fatal("disableAuthAccess left the key enabled")
		}
		r := s.Do(t, other.Secret, `{ viewer { permission } }`, nil)
		if r.Status != 401 || r.Code() != "UNAUTHENTICATED" || !strings.Contains(r.Errors[0].Message, "disabled") {
			t.Errorf("disabled key: got %d %s", r.Status, r.Body)
		}
		s.Must(t, admin.Secret, `mutation($id: ID!) { enableAuthAccess(id: $id) { authAccess { isEnabled } } }`, map[string]any{"id": other.ID}, &struct{}{})
		if r := s.Do(t, other.Secret, `{ viewer { permission } }`, nil); r.Code() != "" {
			t.Errorf("re-enabled key: got %s", r.Body)
		}

		// A key that expires in a moment works until then, and never after.
		var got createdKey
		expires := time.Now().Add(1500 * time.Millisecond).UTC().Format(time.RFC3339Nano)
		s.Must(t, admin.Secret, createKey, map[string]any{"input": map[string]any{"name": "short", "permission": "READ_ONLY", "expiresTime": expires}}, &got)
		if r := s.Do(t, got.CreateAuthAccess.SecretKey, `{ viewer { permission } }`, nil); r.Code() != "" {
			t.Fatalf("fresh key: %s", r.Body)
		}
		time.Sleep(time.Until(got.CreateAuthAccess.AuthAccess.ExpiresTime.Add(50 * time.Millisecond)))
		if r := s.Do(t, got.CreateAuthAccess.SecretKey, `{ viewer { permission } }`, nil); r.Code() != "UNAUTHENTICATED" {
			t.Errorf("expired key: got %s", r.Body)
		}
		past := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
		if r := s.Do(t, admin.Secret, createKey, map[string]any{"input": map[string]any{"name": "past", "permission": "READ_ONLY", "expiresTime": past}}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("expiresTime in the past: got %s", r.Body)
		}
	})
}

func TestBadKeysAreUnauthenticated(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		flipped := []byte(admin.Secret)
		flipped[len(auth.SecretKeyPrefix)+30] ^= 1 // a typo: the checksum catches it
		token, _, _ := auth.ParseSecretKey(admin.Secret)
		forged, _ := auth.NewSecretKey(token) // the right token, the wrong secret
		for name, secret := range map[string]string{
			"garbage": "hello", "typo": string(flipped), "forged secret": forged,
		} {
			r := s.Do(t, secret, `{ viewer { permission } }`, nil)
			if r.Status != 401 || r.Code() != "UNAUTHENTICATED" {
				t.Errorf("%s: got %d %s", name, r.Status, r.Body)
			}
		}
		// No key is 401 too, introspection included: before, it was 200
		// with an error, and introspection needed no key.
		for _, q := range []string{`{ viewer { permission } }`, `{ __schema { queryType { name } } }`} {
			if r := s.Do(t, "", q, nil); r.Status != 401 || r.Code() != "UNAUTHENTICATED" {
				t.Errorf("no key: got %d %s", r.Status, r.Body)
			}
		}
	})
}

func TestRotateAuthAccessSecret(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		target := s.NewKey(t, "production", auth.ReadOnly)
		const rotate = `mutation($id: ID!, $grace: Int) { rotateAuthAccessSecret(id: $id, gracePeriod: $grace) { secretKey previousSecretExpiresTime authAccess { token } } }`
		type rotated struct {
			RotateAuthAccessSecret struct {
				SecretKey                 string
				PreviousSecretExpiresTime *time.Time
				AuthAccess                struct{ Token string }
			}
		}
		works := func(secret string) bool { return s.Do(t, secret, `{ viewer { permission } }`, nil).Code() == "" }

		var first rotated
		s.Must(t, admin.Secret, rotate, map[string]any{"id": target.ID, "grace": 2}, &first)
		r1 := first.RotateAuthAccessSecret
		if r1.AuthAccess.Token != target.Token || r1.PreviousSecretExpiresTime == nil {
			t.Fatalf("rotation result %+v", r1)
		}
		if !works(target.Secret) || !works(r1.SecretKey) {
			t.Fatal("within the grace period both secret keys must work")
		}
		time.Sleep(time.Until(r1.PreviousSecretExpiresTime.Add(50 * time.Millisecond)))
		if works(target.Secret) {
			t.Error("the previous secret key works after its grace period")
		}
		if !works(r1.SecretKey) {
			t.Error("the new secret key stopped working")
		}
		var second rotated
		s.Must(t, admin.Secret, rotate, map[string]any{"id": target.ID}, &second)
		if works(r1.SecretKey) || !works(second.RotateAuthAccessSecret.SecretKey) {
			t.Error("without a grace period the previous secret key must stop at once")
		}
		if r := s.Do(t, admin.Secret, rotate, map[string]any{"id": target.ID, "grace": -1}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("negative grace period: got %s", r.Body)
		}
	})
}

func TestLastUsedTimeIsKeptWithoutAWritePerRequest(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		updatedTime := func() time.Time {
			var ts time.Time
			if err := s.DB.SQL.QueryRow(`SELECT updated_time FROM auth_accesses WHERE token = '` + admin.Token + `'`).Scan(&ts); err != nil {
				t.Fatal(err)
			}
			return ts
		}
		before := updatedTime()
		s.Do(t, admin.Secret, `{ viewer { permission } }`, nil)
		if after := updatedTime(); !after.Equal(before) {
			t.Errorf("using the key changed its updatedTime from %v to %v", before, after)
		}
		s.Statements.Reset()
		for range 5 {
			s.Do(t, admin.Secret, `{ viewer { permission } }`, nil)
		}
		_, queries := s.Statements.Count()
		for _, q := range queries {
			if strings.Contains(q, "UPDATE") {
				t.Errorf("a request wrote: %s", q)
			}
		}
		var got struct {
			Viewer struct {
				AuthAccess struct{ LastUsedTime *time.Time }
			}
		}
		s.Must(t, admin.Secret, `{ viewer { authAccess { lastUsedTime } } }`, nil, &got)
		if lu := got.Viewer.AuthAccess.LastUsedTime; lu == nil || time.Since(*lu) > time.Minute {
			t.Errorf("lastUsedTime = %v, want about now", lu)
		}
	})
}
