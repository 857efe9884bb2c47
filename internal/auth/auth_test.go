package auth

import (
	"strings"
	"testing"
)

func TestSecretKeyRoundTrip(t *testing.T) {
	token := NewToken()
	key, hash := NewSecretKey(token)
	gotToken, secret, err := ParseSecretKey(key)
	if err != nil {
		t.Fatalf("ParseSecretKey(%q): %v", key, err)
	}
	if gotToken != token {
		t.Errorf("token = %q, want %q", gotToken, token)
	}
	if !SecretMatches(secret, hash) {
		t.Error("the secret does not match its own hash")
	}
	if SecretMatches(secret+"x", hash) || SecretMatches(secret, hash[:10]) {
		t.Error("a wrong secret or a short hash matches")
	}
	if strings.Contains(string(hash), secret) {
		t.Error("the hash holds the secret")
	}
}

func TestParseSecretKeyRejectsTyposAndForgeries(t *testing.T) {
	key, _ := NewSecretKey(NewToken())
	for name, c := range map[string]struct {
		key  string
		want error
	}{
		"empty":            {"", ErrMalformedKey},
		"wrong prefix":     {"xxsk_" + key[5:], ErrMalformedKey},
		"truncated":        {key[:len(key)-1], ErrMalformedKey},
		"one char changed": {key[:20] + string(rune(key[20]^1)) + key[21:], ErrMistypedKey},
		"checksum changed": {key[:len(key)-1] + string(rune(key[len(key)-1]^1)), ErrMistypedKey},
	} {
		if _, _, err := ParseSecretKey(c.key); err != c.want {
			t.Errorf("%s: err = %v, want %v", name, err, c.want)
		}
	}
}

func TestPermissionLattice(t *testing.T) {
	// covers[p] lists the levels a key of level p may create or manage.
	covers := map[Permission][]Permission{
		CredentialsInOnly:         {CredentialsInOnly},
		ReadOnly:                  {ReadOnly},
		ReadCredentialsIn:         {CredentialsInOnly, ReadOnly, ReadCredentialsIn},
		ReadWriteNoCredentialsOut: {CredentialsInOnly, ReadOnly, ReadCredentialsIn, ReadWriteNoCredentialsOut},
		FullAccess:                Permissions(),
	}
	for _, p := range Permissions() {
		for _, q := range Permissions() {
			want := false
			for _, c := range covers[p] {
				want = want || c == q
			}
			if got := p.Covers(q); got != want {
				t.Errorf("%s.Covers(%s) = %v, want %v", p, q, got, want)
			}
		}
	}
	if Permission("ROOT").Valid() || Permission("ROOT").Allows(Read) || FullAccess.Covers("ROOT") {
		t.Error("an unknown level is treated as valid")
	}
	if !FullAccess.Allows(CredentialsOut) || ReadWriteNoCredentialsOut.Allows(CredentialsOut) {
		t.Error("only FULL_ACCESS may take credentials out")
	}
}
