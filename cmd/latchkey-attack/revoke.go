package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// revocationAttacks return the three ways a key stops being valid while a
// websocket it opened stays open: disabled, its secret rotated with no
// grace period, and a connect session expiring.
func revocationAttacks() []attack {
	return []attack{
		{name: "revoke-disable", run: func(ctx context.Context, t *target) outcome { return afterRevocation(ctx, t, "disable") }},
		{name: "revoke-rotate", run: func(ctx context.Context, t *target) outcome { return afterRevocation(ctx, t, "rotate") }},
		{name: "revoke-expiry", run: func(ctx context.Context, t *target) outcome { return afterRevocation(ctx, t, "expiry") }},
	}
}

// try is one thing the holder of a revoked key attempts over its open
// socket.
type try struct {
	label string
	query string
	vars  map[string]any
	// effect, when set, checks over HTTP with the admin's key whether the
	// attempt changed anything, and says what.
	effect func() string
	// got, when set, says what the answer's data gave the attacker.
	got func(data string) string
}

// revokeWatch is how long after the revocation the socket is watched for
// the server closing it: past the server's keep-alive pings (15 s).
const revokeWatch = 30 * time.Second

// afterRevocation opens a websocket with a fresh key, revokes the key the
// way how says, and reports what the socket still does: queries,
// revealing credentials or minting a key (FULL_ACCESS keys), adding an
// account (a connect session), and event deliveries; and whether, when and
// how the server closed it, watching it for revokeWatch (past the
// window's end).
func afterRevocation(window context.Context, t *target, how string) outcome {
	ctx := context.WithoutCancel(window)
	admin := t.attackerAdmin.SecretKey
	var secret, keyID string
	var expires time.Time
	if how == "expiry" {
		var out struct {
			CreateConnectSession struct {
				AuthAccess struct{ ID string }
				SecretKey  string
			}
		}
		err := t.must(ctx, admin, `mutation { createConnectSession(input: {personId: "p-expiring", expiresIn: 3}) { authAccess { id } secretKey } }`, nil, &out)
		if err != nil {
			return failed("creating the connect session", err)
		}
		secret, keyID, expires = out.CreateConnectSession.SecretKey, out.CreateConnectSession.AuthAccess.ID, time.Now().Add(3*time.Second)
		t.fake.AcceptAny(true)
		defer t.fake.AcceptAny(false)
	} else {
		k, err := createKey(ctx, t, admin, "FULL_ACCESS", "to-revoke")
		if err != nil {
			return failed("creating the key", err)
		}
		secret, keyID = k.SecretKey, k.ID
	}
	accIDs, err := createAccounts(ctx, t, admin, []map[string]any{newAccount("reveal-me")}, 1)
	if err != nil {
		return failed("adding an account", err)
	}
	ws, err := dialWS(t, secret)
	if err != nil {
		return failed("opening the websocket", err)
	}
	defer ws.Close()
	var sub *wsOp
	if how != "expiry" {
		if sub, err = ws.send(`subscription { events { type subjectId } }`, nil); err != nil {
			return failed("subscribing", err)
		}
	}
	if op, err := ws.send(`{ viewer { permission } }`, nil); err != nil || !ws.wait(op, 5*time.Second) || ws.outcome(op) != "ok" {
		return failed("a query before the revocation", fmt.Errorf("%s %v", ws.outcome(op), err))
	}

	switch how {
	case "disable":
		err = t.must(ctx, admin, `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`, map[string]any{"id": keyID}, nil)
	case "rotate":
		err = t.must(ctx, admin, `mutation($id: ID!) { rotateAuthAccessSecret(id: $id, gracePeriod: 0) { secretKey } }`, map[string]any{"id": keyID}, nil)
	case "expiry":
		time.Sleep(time.Until(expires.Add(time.Second)))
	}
	if err != nil {
		return failed("revoking the key", err)
	}
	revokedAt := time.Now()
	delivered0 := 0
	if sub != nil {
		delivered0 = ws.deliveries(sub)
	}
	r, err := t.query(ctx, secret, `{ viewer { permission } }`, nil)
	viaHTTP := httpOutcome(r, err)

	var parts []string
	for _, tr := range revokedTries(ctx, t, how, accIDs[0]) {
		op, err := ws.send(tr.query, tr.vars)
		if err != nil {
			parts = append(parts, tr.label+" could not be sent")
			continue
		}
		ws.wait(op, 5*time.Second)
		p := tr.label + " " + orUnanswered(ws.outcome(op))
		if tr.got != nil {
			p += " (" + tr.got(string(ws.data(op))) + ")"
		}
		if tr.effect != nil {
			p += " (" + tr.effect() + ")"
		}
		parts = append(parts, p)
	}
	events := ""
	if sub != nil {
		if _, err := createAccounts(ctx, t, admin, []map[string]any{newAccount("after-revocation")}, 1); err == nil {
			time.Sleep(2 * time.Second)
		}
		events = fmt.Sprintf("; the subscription delivered %d events after the revocation", ws.deliveries(sub)-delivered0)
	}
	select {
	case <-ws.closed:
	case <-time.After(time.Until(revokedAt.Add(revokeWatch))):
	}
	socket := fmt.Sprintf("socket still open %s s after the revocation", seconds(time.Since(revokedAt)))
	if closed, at, code, reason := ws.closedState(); closed {
		socket = fmt.Sprintf("socket closed %s s after the revocation, code %d %q", seconds(at.Sub(revokedAt)), code, reason)
	}
	return outcome{
		summary: fmt.Sprintf("after %s: over HTTP %s; over the open socket: %s%s; %s", revocationWord(how), viaHTTP, strings.Join(parts, ", "), events, socket),
	}
}

// revokedTries returns what the revoked key attempts: for a FULL_ACCESS
// key, a query, revealing an account's credentials and minting a
// FULL_ACCESS key; for a connect session, a query and adding an account.
func revokedTries(ctx context.Context, t *target, how, accountID string) []try {
	admin := t.attackerAdmin.SecretKey
	viewer := try{label: "query", query: `{ viewer { permission } }`}
	if how == "expiry" {
		return []try{viewer, {
			label: "createAccount", query: `mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { id } } }`,
			vars: map[string]any{"in": map[string]any{"source": "stripe", "credentialType": "secret_key", "credentials": map[string]any{"secretKey": "sk_test_afterexpiry"}}},
			effect: func() string {
				var out struct{ Accounts struct{ TotalCount int } }
				_ = t.must(ctx, admin, `{ accounts(filter: "creator.personId = 'p-expiring'") { totalCount } }`, nil, &out)
				return fmt.Sprintf("accounts of the session's person stored: %d", out.Accounts.TotalCount)
			},
		}}
	}
	return []try{viewer, {
		label: "revealAccountCredentials", query: `mutation($id: ID!) { revealAccountCredentials(id: $id) { credentials } }`,
		vars: map[string]any{"id": accountID},
		got: func(data string) string {
			if strings.Contains(data, `"secretKey"`) {
				return "the credentials were returned"
			}
			return "no credentials returned"
		},
	}, {
		label: "createAuthAccess(FULL_ACCESS)", query: `mutation { createAuthAccess(input: {name: "minted-after-revocation", permission: FULL_ACCESS}) { secretKey } }`,
		effect: func() string {
			var out struct{ AuthAccesses struct{ TotalCount int } }
			_ = t.must(ctx, admin, `{ authAccesses(filter: "name = 'minted-after-revocation'") { totalCount } }`, nil, &out)
			return fmt.Sprintf("keys of that name stored: %d", out.AuthAccesses.TotalCount)
		},
	}}
}

// revocationWord names how a key was revoked.
func revocationWord(how string) string {
	switch how {
	case "disable":
		return "disableAuthAccess"
	case "rotate":
		return "rotateAuthAccessSecret(gracePeriod: 0)"
	}
	return "the connect session expired"
}
