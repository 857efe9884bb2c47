package server_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/Khan/genqlient/graphql"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/latchkey/latchkey/examples/go/latchkey"
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
		ctx := t.Context()
		admin := s.NewKey(t, "production", auth.FullAccess)
		c := s.Client(admin.Secret)
		got, err := latchkey.CreateAuthAccess(ctx, c, latchkey.CreateAuthAccessInput{
			Name: "API Keys for CRM developers", Permission: latchkey.AuthAccessPermissionReadWriteNoCredentialsOut,
			Description: ptr("My description"), ForeignData: ptr(`{"myKey": 19}`), ForeignId: ptr("123456789"),
		})
		if err != nil {
			t.Fatal(err)
		}
		k := got.CreateAuthAccess
		if !strings.HasPrefix(k.SecretKey, auth.SecretKeyPrefix) || !strings.HasPrefix(k.AuthAccess.Token, auth.TokenPrefix) {
			t.Fatalf("secretKey %q / token %q lack their prefixes", k.SecretKey, k.AuthAccess.Token)
		}
		if k.AuthAccess.Creator.Kind != latchkey.CreatorKindApi || k.AuthAccess.Creator.AuthAccess == nil || k.AuthAccess.Creator.AuthAccess.Id != admin.ID {
			t.Errorf("creator = %+v, want kind API naming %s", k.AuthAccess.Creator, admin.ID)
		}
		// The new key works, and knows who it is.
		who, err := latchkey.Viewer(ctx, s.Client(k.SecretKey))
		if err != nil || who.Viewer.Permission != latchkey.AuthAccessPermissionReadWriteNoCredentialsOut || who.Viewer.AuthAccess.Id != k.AuthAccess.Id {
			t.Errorf("viewer = %+v, %v", who, err)
		}
		// It is found by id, token and foreignId, the same each way (it
		// has been used since it was made).
		for name, args := range map[string][3]*string{
			"id": {&k.AuthAccess.Id, nil, nil}, "token": {nil, &k.AuthAccess.Token, nil}, "foreignId": {nil, nil, ptr("123456789")},
		} {
			found, err := latchkey.AuthAccess(ctx, c, args[0], args[1], args[2])
			if err != nil || found.AuthAccess == nil {
				t.Errorf("authAccess(%s): %+v, %v", name, found, err)
				continue
			}
			if diff := cmp.Diff(k.AuthAccess.KeyFields, found.AuthAccess.KeyFields, cmpopts.IgnoreFields(latchkey.KeyFields{}, "LastUsedTime")); diff != "" {
				t.Errorf("authAccess(%s) mismatch (-want +got):\n%s", name, diff)
			}
		}
		// The same foreignId again is a conflict.
		_, err = latchkey.CreateAuthAccess(ctx, c, latchkey.CreateAuthAccessInput{Name: "again", Permission: latchkey.AuthAccessPermissionReadOnly, ForeignId: ptr("123456789")})
		if latchkey.ErrorCode(err) != "CONFLICT" || !strings.Contains(err.Error(), "123456789") {
			t.Errorf("duplicate foreignId: got %v", err)
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
		ctx := t.Context()
		admin := s.NewKey(t, "production", auth.FullAccess)
		c := s.Client(admin.Secret)
		got, err := latchkey.CreateAuthAccess(ctx, c, latchkey.CreateAuthAccessInput{
			Name: "crm", Permission: latchkey.AuthAccessPermissionReadOnly, Description: ptr("d0"), ForeignData: ptr("f0"), ForeignId: ptr("ext-1"),
		})
		if err != nil {
			t.Fatal(err)
		}
		id := &got.CreateAuthAccess.AuthAccess.Id
		type fields struct{ Description, ForeignData *string }
		const description, foreignData = latchkey.AuthAccessFieldDescription, latchkey.AuthAccessFieldForeignData
		steps := []struct {
			name    string
			id, fid *string
			change  *latchkey.AuthAccessChange
			remove  []latchkey.AuthAccessField
			want    fields
		}{
			{"change both by id", id, nil, &latchkey.AuthAccessChange{Description: ptr("d1"), ForeignData: ptr("f1")}, nil, fields{ptr("d1"), ptr("f1")}},
			{"change one, remove the other, by foreignId", nil, ptr("ext-1"), &latchkey.AuthAccessChange{Description: ptr("d2")}, []latchkey.AuthAccessField{foreignData}, fields{ptr("d2"), nil}},
			{"remove both", id, nil, nil, []latchkey.AuthAccessField{description, foreignData}, fields{nil, nil}},
		}
		for _, step := range steps {
			out, err := latchkey.UpdateAuthAccess(ctx, c, step.id, step.fid, step.change, step.remove)
			if err != nil {
				t.Errorf("%s: %v", step.name, err)
				continue
			}
			k := out.UpdateAuthAccess.AuthAccess
			if diff := cmp.Diff(step.want, fields{k.Description, k.ForeignData}); diff != "" {
				t.Errorf("%s: mismatch (-want +got):\n%s", step.name, diff)
			}
		}
		change := &latchkey.AuthAccessChange{Description: ptr("x")}
		for name, bad := range map[string]func() error{
			"changed and removed": func() error {
				_, err := latchkey.UpdateAuthAccess(ctx, c, id, nil, change, []latchkey.AuthAccessField{description})
				return err
			},
			"both id and foreignId": func() error { _, err := latchkey.UpdateAuthAccess(ctx, c, id, ptr("ext-1"), change, nil); return err },
			"neither":               func() error { _, err := latchkey.UpdateAuthAccess(ctx, c, nil, nil, change, nil); return err },
		} {
			if err := bad(); latchkey.ErrorCode(err) != "BAD_USER_INPUT" {
				t.Errorf("%s: got %v, want BAD_USER_INPUT", name, err)
			}
		}
	})
}

func TestDisabledAndExpiredKeysAuthenticateNothing(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		ctx := t.Context()
		admin := s.NewKey(t, "production", auth.FullAccess)
		c := s.Client(admin.Secret)
		other := s.NewKey(t, "production", auth.ReadOnly)
		off, err := latchkey.DisableAuthAccess(ctx, c, other.ID)
		if err != nil || off.DisableAuthAccess.AuthAccess.IsEnabled {
			t.Fatalf("disableAuthAccess: %+v, %v", off, err)
		}
		_, err = latchkey.Viewer(ctx, s.Client(other.Secret))
		var refused *graphql.HTTPError
		if !errors.As(err, &refused) || refused.StatusCode != 401 || latchkey.ErrorCode(err) != "UNAUTHENTICATED" || !strings.Contains(err.Error(), "disabled") {
			t.Errorf("disabled key: got %v", err)
		}
		if _, err := latchkey.EnableAuthAccess(ctx, c, other.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := latchkey.Viewer(ctx, s.Client(other.Secret)); err != nil {
			t.Errorf("re-enabled key: got %v", err)
		}

		// A key that expires in a moment works until then, and never after.
		expires := time.Now().Add(1500 * time.Millisecond)
		got, err := latchkey.CreateAuthAccess(ctx, c, latchkey.CreateAuthAccessInput{Name: "short", Permission: latchkey.AuthAccessPermissionReadOnly, ExpiresTime: &expires})
		if err != nil {
			t.Fatal(err)
		}
		short := s.Client(got.CreateAuthAccess.SecretKey)
		if _, err := latchkey.Viewer(ctx, short); err != nil {
			t.Fatalf("fresh key: %v", err)
		}
		time.Sleep(time.Until(got.CreateAuthAccess.AuthAccess.ExpiresTime.Add(50 * time.Millisecond)))
		if _, err := latchkey.Viewer(ctx, short); latchkey.ErrorCode(err) != "UNAUTHENTICATED" {
			t.Errorf("expired key: got %v", err)
		}
		past := time.Now().Add(-time.Hour)
		if _, err := latchkey.CreateAuthAccess(ctx, c, latchkey.CreateAuthAccessInput{Name: "past", Permission: latchkey.AuthAccessPermissionReadOnly, ExpiresTime: &past}); latchkey.ErrorCode(err) != "BAD_USER_INPUT" {
			t.Errorf("expiresTime in the past: got %v", err)
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
		ctx := t.Context()
		admin := s.NewKey(t, "production", auth.FullAccess)
		c := s.Client(admin.Secret)
		target := s.NewKey(t, "production", auth.ReadOnly)
		works := func(secret string) bool {
			_, err := latchkey.Viewer(ctx, s.Client(secret))
			return err == nil
		}
		first, err := latchkey.RotateAuthAccessSecret(ctx, c, target.ID, ptr(2))
		if err != nil {
			t.Fatal(err)
		}
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
		second, err := latchkey.RotateAuthAccessSecret(ctx, c, target.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		if works(r1.SecretKey) || !works(second.RotateAuthAccessSecret.SecretKey) {
			t.Error("without a grace period the previous secret key must stop at once")
		}
		if _, err := latchkey.RotateAuthAccessSecret(ctx, c, target.ID, ptr(-1)); latchkey.ErrorCode(err) != "BAD_USER_INPUT" {
			t.Errorf("negative grace period: got %v", err)
		}
	})
}

// TestLastUsedTimeIsKeptWithoutAWritePerRequest: a key's first use records
// lastUsedTime, in the background, without changing updatedTime; the uses
// of the next minute write nothing.
func TestLastUsedTimeIsKeptWithoutAWritePerRequest(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		var created struct {
			CreateAuthAccess struct {
				SecretKey  string
				AuthAccess struct{ ID string }
			}
		}
		s.Must(t, admin.Secret, `mutation { createAuthAccess(input: {name: "fresh", permission: READ_ONLY}) { secretKey authAccess { id } } }`, nil, &created)
		fresh, id := created.CreateAuthAccess.SecretKey, created.CreateAuthAccess.AuthAccess.ID
		stamps := func() (lastUsed *time.Time, updated time.Time) {
			if err := s.DB.SQL.QueryRow(testenv.Rebind(s.Backend, `SELECT last_used_time, updated_time FROM auth_accesses WHERE id = ?`), id).Scan(&lastUsed, &updated); err != nil {
				t.Fatal(err)
			}
			return lastUsed, updated
		}
		if lu, _ := stamps(); lu != nil {
			t.Fatalf("a new key has lastUsedTime %v", lu)
		}
		_, before := stamps()
		start := time.Now()
		s.Do(t, fresh, `{ viewer { permission } }`, nil)
		var first *time.Time
		for first == nil && time.Since(start) < 5*time.Second {
			time.Sleep(10 * time.Millisecond)
			first, _ = stamps()
		}
		if first == nil || first.Before(start.Add(-time.Second)) {
			t.Fatalf("the first use did not record lastUsedTime: %v", first)
		}
		if _, after := stamps(); !after.Equal(before) {
			t.Errorf("using the key changed its updatedTime from %v to %v", before, after)
		}
		s.Statements.Reset()
		for range 5 {
			s.Do(t, fresh, `{ viewer { permission } }`, nil)
		}
		time.Sleep(100 * time.Millisecond) // a background write would be done
		_, queries := s.Statements.Count()
		for _, q := range queries {
			if strings.Contains(q, "UPDATE") {
				t.Errorf("a request wrote: %s", q)
			}
		}
		if again, _ := stamps(); !again.Equal(*first) {
			t.Errorf("lastUsedTime moved from %v to %v within a minute", first, again)
		}
	})
}
