package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

// newAccount returns the input of an unverified Stripe account with a
// custom identifier: a write that needs no source.
func newAccount(identifier string) map[string]any {
	return map[string]any{
		"source": "stripe", "credentialType": "secret_key", "identifier": identifier, "skipVerification": true,
		"credentials": map[string]any{"secretKey": "sk_test_" + strings.NewReplacer("-", "", "_", "").Replace(identifier)},
	}
}

// createAccounts adds the accounts of inputs with secret, up to 30 (the
// alias limit) per request and workers requests at once, and returns
// their IDs in order.
func createAccounts(ctx context.Context, t *target, secret string, inputs []map[string]any, workers int) ([]string, error) {
	const batch = 30
	ids := make([]string, len(inputs))
	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
	)
	starts := make(chan int)
	for range workers {
		wg.Go(func() {
			for start := range starts {
				end := min(start+batch, len(inputs))
				var q strings.Builder
				vars := map[string]any{}
				q.WriteString("mutation(")
				for i := start; i < end; i++ {
					fmt.Fprintf(&q, "$i%d: CreateAccountInput! ", i-start)
					vars[fmt.Sprintf("i%d", i-start)] = inputs[i]
				}
				q.WriteString(") {")
				for i := start; i < end; i++ {
					fmt.Fprintf(&q, " a%d: createAccount(input: $i%d) { account { id } }", i-start, i-start)
				}
				q.WriteString(" }")
				var out map[string]struct{ Account struct{ ID string } }
				err := t.must(ctx, secret, q.String(), vars, &out)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				for i := start; i < end; i++ {
					ids[i] = out[fmt.Sprintf("a%d", i-start)].Account.ID
				}
				mu.Unlock()
			}
		})
	}
	for start := 0; start < len(inputs); start += batch {
		starts <- start
	}
	close(starts)
	wg.Wait()
	return ids, firstErr
}

// seedVictim adds the five accounts the victim's query lists.
func seedVictim(ctx context.Context, t *target) ([]string, error) {
	var inputs []map[string]any
	for i := range 5 {
		inputs = append(inputs, newAccount(fmt.Sprintf("victim-%d", i)))
	}
	return createAccounts(ctx, t, t.victimAdmin.SecretKey, inputs, 1)
}

// createdKey is a key made through the API.
type createdKey struct {
	ID, Token, SecretKey string
}

// createKey makes a key of level perm with admin's secret key, through
// createAuthAccess.
func createKey(ctx context.Context, t *target, admin, perm, name string) (createdKey, error) {
	var out struct {
		CreateAuthAccess struct {
			AuthAccess struct{ ID, Token string }
			SecretKey  string
		}
	}
	err := t.must(ctx, admin, `mutation($in: CreateAuthAccessInput!) { createAuthAccess(input: $in) { authAccess { id token } secretKey } }`,
		map[string]any{"in": map[string]any{"name": name, "permission": perm}}, &out)
	c := out.CreateAuthAccess
	return createdKey{ID: c.AuthAccess.ID, Token: c.AuthAccess.Token, SecretKey: c.SecretKey}, err
}

// rawJSON returns v as JSON text, for details.
func rawJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
