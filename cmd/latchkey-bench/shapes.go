package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

// shapeScenarios returns the list pages of other shapes that --shape adds
// beside the scenarios: wide, a page of 100 enabled accounts ordered by
// identifier with only the source nested; nested, a page of 20 with the
// source, the creator and the platform app nested.
func shapeScenarios(ds dataset, shapes []string) []scenario {
	env := map[string]any{"env": ds.env}
	var out []scenario
	for _, shape := range shapes {
		switch shape {
		case "wide":
			out = append(out, scenario{
				name:         "wide",
				latchkey:     fixed(gqlBody(`{ accounts(first: 100, where: {isEnabled: true}, orderBy: [{field: IDENTIFIER, direction: ASC}]) { edges { node { id identifier source { key name } } } pageInfo { endCursor hasNextPage } } }`, nil)),
				postgraphile: fixed(gqlBody(`query($env: String!) { allAccounts(first: 100, condition: {environmentId: $env, isEnabled: true}, orderBy: [IDENTIFIER_ASC, ROW_ID_ASC]) { edges { node { rowId identifier sourceBySourceId { key name } } } pageInfo { endCursor hasNextPage } } }`, env)),
				floor: func(ctx context.Context, db *sql.DB) error {
					return drain(db.QueryContext(ctx, `SELECT a.id, a.identifier, s.key, s.name FROM accounts a JOIN sources s ON s.id = a.source_id
						WHERE a.environment_id = $1 AND a.is_enabled ORDER BY a.identifier, a.id LIMIT 101`, ds.env))
				},
			})
		case "nested":
			out = append(out, scenario{
				name:         "nested",
				latchkey:     fixed(gqlBody(`{ accounts(first: 20, `+latchkeyOrder+`) { edges { node { id identifier source { key name } creator { kind } platformApp { name } } } pageInfo { endCursor hasNextPage } } }`, nil)),
				postgraphile: fixed(gqlBody(`query($env: String!) { allAccounts(first: 20, `+postgraphileOrder+`) { edges { node { rowId identifier sourceBySourceId { key name } creatorByCreatorId { kind } platformAppByPlatformAppId { name } } } pageInfo { endCursor hasNextPage } } }`, env)),
				floor: func(ctx context.Context, db *sql.DB) error {
					return drain(db.QueryContext(ctx, `SELECT a.id, a.identifier, s.key, s.name, c.kind, p.name
						FROM accounts a JOIN sources s ON s.id = a.source_id JOIN creators c ON c.id = a.creator_id LEFT JOIN platform_apps p ON p.id = a.platform_app_id
						WHERE a.environment_id = $1 AND a.is_enabled ORDER BY a.created_time DESC, a.id DESC LIMIT 21`, ds.env))
				},
			})
		}
	}
	return out
}

// cpuProfile asks the server at url (its /debug/pprof/profile) for a CPU
// profile of the next d and writes it to path; done receives the outcome.
func cpuProfile(url, path string, d time.Duration, done chan<- error) {
	resp, err := http.Get(fmt.Sprintf("%s?seconds=%d", url, int(d/time.Second)))
	if err != nil {
		done <- err
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		done <- fmt.Errorf("the profile: %s", resp.Status)
		return
	}
	f, err := os.Create(path)
	if err == nil {
		_, err = io.Copy(f, resp.Body)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	done <- err
}
