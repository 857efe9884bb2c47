// Package rewrap seals every stored secret again under the primary master
// key, each bound to where it goes, while servers keep serving: account
// credentials, then platform app secrets, webhook signing secrets and the
// credentials of deleted accounts awaiting revocation, in batches in ID
// order. A row
// that a server wrote meanwhile is left as the server sealed it (with the
// primary key too). Running it again only reads: it is resumable and
// idempotent. When no value needs an older key or the old format any more,
// it seals the database's key check with the primary key, so the older
// keys may leave LATCHKEY_MASTER_KEY.
package rewrap

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/platformapp"
	"github.com/latchkey/latchkey/ent/predicate"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/revocation"
	"github.com/latchkey/latchkey/ent/webhookendpoint"
	"github.com/latchkey/latchkey/internal/accounts"
	"github.com/latchkey/latchkey/internal/apps"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/vault"
	"github.com/latchkey/latchkey/internal/webhooks"
)

// DefaultBatch is how many rows one batch reads and writes.
const DefaultBatch = 200

// Progress counts what a run did in one table.
type Progress struct {
	// Table is "accounts", "platform_apps", "webhook_endpoints" or
	// "revocations".
	Table string
	// Resealed counts the values sealed again.
	Resealed int
	// Changed counts the values a server changed while the run read them:
	// the server sealed them with the primary key.
	Changed int
	// Unopened lists the values that did not open with the ring (sealed
	// by a key it lacks, or altered): they are left as they are.
	Unopened []string
	// Elapsed is the time spent on the table so far.
	Elapsed time.Duration
}

// Rate is the values sealed again per second.
func (p Progress) Rate() float64 {
	if p.Elapsed <= 0 {
		return 0
	}
	return float64(p.Resealed) / p.Elapsed.Seconds()
}

// Run reseals every value that needs it, batch rows at a time, calling
// report after each batch, and then seals the key check with the primary
// key. It returns each table's totals.
func Run(ctx context.Context, db *store.DB, ring *vault.Keyring, batch int, report func(Progress)) ([]Progress, error) {
	if batch <= 0 {
		batch = DefaultBatch
	}
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	sealed, err := db.Sealed(ctx)
	if err != nil {
		return nil, err
	}
	if slices.Contains(sealed.Legacy, ring.Primary()) {
		return nil, fmt.Errorf("rewrap: values of the old format are sealed with the first key, %s: put a new key first (latchkey master-key), "+
			"so that once %[1]s leaves the ring nothing can open values of the old format", ring.Primary())
	}
	stale := staleHead(ring)
	accountsDone, err := run(ctx, db, "accounts", batch, report, func(after string) ([]row, error) {
		accs, err := db.Client.Account.Query().
			Where(account.IDGT(after), predicate.Account(stale(account.FieldCredentials))).
			WithSource().Order(ent.Asc(account.FieldID)).Limit(batch).All(ctx)
		rows := make([]row, len(accs))
		for i, a := range accs {
			rows[i] = row{id: a.ID, old: a.Credentials, reseal: func() ([]byte, error) { return accounts.Reseal(ring, a, a.Edges.Source) }}
		}
		return rows, err
	}, account.FieldCredentials)
	if err != nil {
		return nil, err
	}
	appsDone, err := run(ctx, db, "platform_apps", batch, report, func(after string) ([]row, error) {
		list, err := db.Client.PlatformApp.Query().
			Where(platformapp.IDGT(after), predicate.PlatformApp(stale(platformapp.FieldClientSecret))).
			Order(ent.Asc(platformapp.FieldID)).Limit(batch).All(ctx)
		rows := make([]row, len(list))
		for i, a := range list {
			rows[i] = row{id: a.ID, old: a.ClientSecret, reseal: func() ([]byte, error) { return apps.Reseal(ring, a) }}
		}
		return rows, err
	}, platformapp.FieldClientSecret)
	if err != nil {
		return nil, err
	}
	secretsDone, err := run(ctx, db, "webhook_endpoints", batch, report, endpointRows(ctx, db, ring, batch, stale, webhookendpoint.FieldSecret,
		func(e *ent.WebhookEndpoint) []byte { return e.Secret }), webhookendpoint.FieldSecret)
	if err != nil {
		return nil, err
	}
	previousDone, err := run(ctx, db, "webhook_endpoints", batch, report, endpointRows(ctx, db, ring, batch, stale, webhookendpoint.FieldPreviousSecret,
		func(e *ent.WebhookEndpoint) []byte { return *e.PreviousSecret }), webhookendpoint.FieldPreviousSecret)
	if err != nil {
		return nil, err
	}
	secretsDone.add(previousDone)
	keptDone, err := run(ctx, db, "revocations", batch, report, func(after string) ([]row, error) {
		list, err := db.Client.Revocation.Query().
			Where(revocation.IDGT(after), predicate.Revocation(stale(revocation.FieldCredentials))).
			Order(ent.Asc(revocation.FieldID)).Limit(batch).All(ctx)
		rows := make([]row, len(list))
		for i, r := range list {
			rows[i] = row{id: r.ID, old: r.Credentials, reseal: func() ([]byte, error) { return accounts.ResealKept(ring, r) }}
		}
		return rows, err
	}, revocation.FieldCredentials)
	if err != nil {
		return nil, err
	}
	done := []Progress{accountsDone, appsDone, secretsDone, keptDone}
	for _, p := range done {
		if n := len(p.Unopened); n > 0 {
			return done, fmt.Errorf("rewrap: %d values of %s did not open with these keys and were left as they are (the first: %s); the older keys must stay",
				n, p.Table, strings.Join(p.Unopened[:min(n, 5)], ", "))
		}
	}
	if err := db.SealKeyCheck(ctx, ring); err != nil {
		return done, err
	}
	return done, nil
}

// endpointRows reads the next batch of webhook endpoints whose column
// needs resealing, value giving the column's value.
func endpointRows(ctx context.Context, db *store.DB, ring *vault.Keyring, batch int, stale func(string) func(*entsql.Selector),
	column string, value func(*ent.WebhookEndpoint) []byte) func(after string) ([]row, error) {
	return func(after string) ([]row, error) {
		list, err := db.Client.WebhookEndpoint.Query().
			Where(webhookendpoint.IDGT(after), predicate.WebhookEndpoint(stale(column))).
			Order(ent.Asc(webhookendpoint.FieldID)).Limit(batch).All(ctx)
		rows := make([]row, len(list))
		for i, e := range list {
			rows[i] = row{id: e.ID, old: value(e), reseal: func() ([]byte, error) { return webhooks.Reseal(ring, e.EnvironmentID, e.ID, value(e)) }}
		}
		return rows, err
	}
}

// add counts q's values in p too.
func (p *Progress) add(q Progress) {
	p.Resealed += q.Resealed
	p.Changed += q.Changed
	p.Unopened = append(p.Unopened, q.Unopened...)
	p.Elapsed += q.Elapsed
}

// row is one stored value and how to seal it again.
type row struct {
	id     string
	old    []byte
	reseal func() ([]byte, error)
}

// run reseals the values of one table's column, batch after batch in ID
// order, each batch in one transaction whose updates only replace the
// value they read.
func run(ctx context.Context, db *store.DB, table string, batch int, report func(Progress), next func(after string) ([]row, error), column string) (Progress, error) {
	p := Progress{Table: table}
	start := time.Now()
	for after := ""; ; {
		rows, err := next(after)
		if err != nil {
			return p, fmt.Errorf("rewrap: reading %s: %w", table, err)
		}
		if len(rows) == 0 {
			return p, nil
		}
		if err := inTx(ctx, db.SQL, func(tx *sql.Tx) error {
			for _, r := range rows {
				sealed, err := r.reseal()
				if err != nil {
					p.Unopened = append(p.Unopened, r.id)
					continue
				}
				if sealed == nil {
					continue
				}
				n, err := store.SetQuietly(ctx, tx, db.Dialect, table, map[string]any{column: sealed},
					entsql.And(entsql.EQ("id", r.id), entsql.EQ(column, r.old)))
				if err != nil {
					return err
				}
				if n == 0 {
					p.Changed++
				} else {
					p.Resealed++
				}
			}
			return nil
		}); err != nil {
			return p, fmt.Errorf("rewrap: %s: %w", table, err)
		}
		after = rows[len(rows)-1].id
		p.Elapsed = time.Since(start)
		if report != nil {
			report(p)
		}
	}
}

// staleHead returns the condition "the column's value needs resealing":
// it does not start as the values the ring seals now do.
func staleHead(ring *vault.Keyring) func(column string) func(*entsql.Selector) {
	head := ring.Head()
	return func(column string) func(*entsql.Selector) {
		return func(s *entsql.Selector) {
			s.Where(entsql.P(func(b *entsql.Builder) {
				b.WriteString("substr(").Ident(s.C(column)).WriteString(fmt.Sprintf(", 1, %d) <> ", len(head))).Arg(head)
			}))
		}
	}
}

// inTx runs f in a transaction, committed when f succeeds.
func inTx(ctx context.Context, pool *sql.DB, f func(*sql.Tx) error) error {
	tx, err := pool.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}
