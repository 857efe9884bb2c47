package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"time"
)

// listed is one account of a list page, in the same shape from either
// server.
type listed struct {
	ID, Identifier, SourceKey, SourceName, CreatorKind string
	CreatedTime                                        time.Time
}

// page is one page of accounts and where the next one starts.
type page struct {
	rows                   []listed
	startCursor, endCursor string
	hasNext                bool
}

// post sends a GraphQL request and decodes its data into out, failing on
// any error the server reports.
func post(ctx context.Context, url string, header http.Header, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header = header.Clone()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var env struct {
		Data   json.RawMessage
		Errors []json.RawMessage
	}
	if err := json.Unmarshal(raw, &env); err != nil || len(env.Errors) > 0 || resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %d: %.400s", url, resp.StatusCode, raw)
	}
	return json.Unmarshal(env.Data, out)
}

// client reads list pages from one server.
type client struct {
	name   string
	url    string
	header http.Header
	// page builds the request for a page: first or last n, after a cursor.
	page func(n int, last bool, after string) []byte
	// decode reads a page out of the response's data.
	decode func(data json.RawMessage) (page, error)
}

func (c client) get(ctx context.Context, n int, last bool, after string) (page, error) {
	var data json.RawMessage
	if err := post(ctx, c.url, c.header, c.page(n, last, after), &data); err != nil {
		return page{}, err
	}
	return c.decode(data)
}

// pageArgs returns the name of the count argument of a page ("first" or
// "last") and vars with the count and the cursor to start after.
func pageArgs(n int, last bool, after string, vars map[string]any) (string, map[string]any) {
	vars["n"] = n
	if after != "" {
		vars["after"] = after
	}
	if last {
		return "last", vars
	}
	return "first", vars
}

func latchkeyClient(url string, header http.Header) client {
	return client{
		name: "latchkey", url: url, header: header,
		page: func(n int, last bool, after string) []byte {
			count, vars := pageArgs(n, last, after, map[string]any{})
			return gqlBody(`query($n: Int, $after: Cursor) { accounts(`+count+`: $n, after: $after, `+latchkeyOrder+`) {
				edges { node { id identifier createdTime source { key name } creator { kind } } } pageInfo { startCursor endCursor hasNextPage } } }`, vars)
		},
		decode: func(data json.RawMessage) (page, error) {
			var out struct {
				Accounts struct {
					Edges []struct {
						Node struct {
							ID, Identifier string
							CreatedTime    time.Time
							Source         struct{ Key, Name string }
							Creator        struct{ Kind string }
						}
					}
					PageInfo struct {
						StartCursor, EndCursor string
						HasNextPage            bool
					}
				}
			}
			if err := json.Unmarshal(data, &out); err != nil {
				return page{}, err
			}
			p := page{startCursor: out.Accounts.PageInfo.StartCursor, endCursor: out.Accounts.PageInfo.EndCursor, hasNext: out.Accounts.PageInfo.HasNextPage}
			for _, e := range out.Accounts.Edges {
				n := e.Node
				p.rows = append(p.rows, listed{n.ID, n.Identifier, n.Source.Key, n.Source.Name, n.Creator.Kind, n.CreatedTime})
			}
			return p, nil
		},
	}
}

func postgraphileClient(url string, header http.Header, env string) client {
	return client{
		name: "postgraphile", url: url, header: header,
		page: func(n int, last bool, after string) []byte {
			count, vars := pageArgs(n, last, after, map[string]any{"env": env})
			return gqlBody(`query($n: Int, $after: Cursor, $env: String!) { allAccounts(`+count+`: $n, after: $after, `+postgraphileOrder+`) {
				edges { node { rowId identifier createdTime sourceBySourceId { key name } creatorByCreatorId { kind } } } pageInfo { startCursor endCursor hasNextPage } } }`, vars)
		},
		decode: func(data json.RawMessage) (page, error) {
			var out struct {
				AllAccounts struct {
					Edges []struct {
						Node struct {
							RowID, Identifier  string
							CreatedTime        time.Time
							SourceBySourceID   struct{ Key, Name string } `json:"sourceBySourceId"`
							CreatorByCreatorID struct{ Kind string }      `json:"creatorByCreatorId"`
						}
					}
					PageInfo struct {
						StartCursor, EndCursor string
						HasNextPage            bool
					}
				}
			}
			if err := json.Unmarshal(data, &out); err != nil {
				return page{}, err
			}
			pi := out.AllAccounts.PageInfo
			p := page{startCursor: pi.StartCursor, endCursor: pi.EndCursor, hasNext: pi.HasNextPage}
			for _, e := range out.AllAccounts.Edges {
				n := e.Node
				p.rows = append(p.rows, listed{n.RowID, n.Identifier, n.SourceBySourceID.Key, n.SourceBySourceID.Name, n.CreatorByCreatorID.Kind, n.CreatedTime})
			}
			return p, nil
		},
	}
}

// deepCursor returns the cursor before the last page of 50 of c's listing
// and the row it stands for.
func deepCursor(ctx context.Context, c client) (string, listed, error) {
	p, err := c.get(ctx, 51, true, "")
	if err != nil || len(p.rows) == 0 {
		return "", listed{}, fmt.Errorf("%s: reading the deep cursor: %v", c.name, err)
	}
	return p.startCursor, p.rows[0], nil
}

// crossCheck makes sure the servers answer alike before they are measured:
// the same first page, the same deep page, and full cursor walks that each
// visit every enabled account of env exactly once, in the database's order.
func crossCheck(ctx context.Context, db *sql.DB, env string, clients []client, deep map[string]string) error {
	want, err := orderedIDs(ctx, db, env)
	if err != nil {
		return err
	}
	var first, last []listed
	for i, c := range clients {
		p, err := c.get(ctx, 50, false, "")
		if err != nil {
			return err
		}
		d, err := c.get(ctx, 50, false, deep[c.name])
		if err != nil {
			return err
		}
		if i == 0 {
			first, last = p.rows, d.rows
		} else if !sameRows(first, p.rows) || !sameRows(last, d.rows) {
			return fmt.Errorf("%s and %s answer different rows to the same page", clients[0].name, c.name)
		}
		walked, err := walk(ctx, c)
		if err != nil {
			return err
		}
		if !slices.Equal(walked, want) {
			return fmt.Errorf("%s: a cursor walk visited %d rows (%d distinct), not the %d enabled accounts in order",
				c.name, len(walked), len(distinct(walked)), len(want))
		}
	}
	if len(first) != 50 || len(last) != 50 {
		return fmt.Errorf("the checked pages hold %d and %d rows, not 50", len(first), len(last))
	}
	return nil
}

func sameRows(a, b []listed) bool {
	return slices.EqualFunc(a, b, func(x, y listed) bool {
		return x.ID == y.ID && x.Identifier == y.Identifier && x.SourceKey == y.SourceKey &&
			x.SourceName == y.SourceName && x.CreatorKind == y.CreatorKind && x.CreatedTime.Equal(y.CreatedTime)
	})
}

// walk pages through c's whole listing, 100 at a time, and returns the IDs
// in the order visited.
func walk(ctx context.Context, c client) ([]string, error) {
	var ids []string
	after := ""
	for {
		p, err := c.get(ctx, 100, false, after)
		if err != nil {
			return nil, err
		}
		for _, r := range p.rows {
			ids = append(ids, r.ID)
		}
		if !p.hasNext {
			return ids, nil
		}
		after = p.endCursor
	}
}

func orderedIDs(ctx context.Context, db *sql.DB, env string) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT id FROM accounts WHERE environment_id = $1 AND is_enabled ORDER BY created_time DESC, id DESC`, env)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func distinct(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}
