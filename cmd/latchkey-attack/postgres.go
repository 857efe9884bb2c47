package main

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/latchkey/latchkey/internal/proc"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/lib/pq"
)

// dbSerial tells apart the databases one run creates.
var dbSerial atomic.Int64

// createDatabase makes an empty database on the server of admin and returns
// its URL and a function that drops it; `latchkey migrate` gives it its
// schema.
func createDatabase(ctx context.Context, admin string) (string, func(), error) {
	pool, err := sql.Open("postgres", admin)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("latchkey_attack_%d_%d", time.Now().Unix(), dbSerial.Add(1))
	if _, err := pool.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		pool.Close()
		return "", nil, err
	}
	drop := once(func() {
		_, _ = pool.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		pool.Close()
	})
	u, err := url.Parse(admin)
	if err != nil {
		drop()
		return "", nil, err
	}
	u.Path = "/" + name
	return u.String(), drop, nil
}

// pgWatch adds up the CPU time of the PostgreSQL backends serving one
// database, sampling them every 100 ms: the database's share of a
// request's cost, which the server's own CPU figure leaves out. A backend
// that lives less than a sample's interval is missed, so the figure is a
// lower bound.
type pgWatch struct {
	admin *sql.DB
	name  string
	stop  chan struct{}
	done  chan struct{}

	mu    sync.Mutex
	first map[int]time.Duration // CPU when a backend was first seen
	last  map[int]time.Duration // CPU when it was last seen
}

// watchDatabase starts watching the backends of the database at dbURL,
// through a connection to admin.
func watchDatabase(admin, dbURL string) (*pgWatch, error) {
	u, err := url.Parse(dbURL)
	if err != nil {
		return nil, err
	}
	pool, err := sql.Open("postgres", admin)
	if err != nil {
		return nil, err
	}
	pool.SetMaxOpenConns(1)
	w := &pgWatch{admin: pool, name: u.Path[1:], stop: make(chan struct{}), done: make(chan struct{}),
		first: map[int]time.Duration{}, last: map[int]time.Duration{}}
	if err := w.sample(true); err != nil {
		pool.Close()
		return nil, err
	}
	go w.loop()
	return w, nil
}

// loop samples every 100 ms until Close.
func (w *pgWatch) loop() {
	defer close(w.done)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-w.stop:
			return
		case <-tick.C:
			_ = w.sample(false)
		}
	}
}

// sample reads the CPU of the database's backends. A backend seen for the
// first time counts from its start, unless it ran before the watch began.
func (w *pgWatch) sample(initial bool) error {
	rows, err := w.admin.Query(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, w.name)
	if err != nil {
		return err
	}
	var pids []int
	for rows.Next() {
		var pid int
		if err := rows.Scan(&pid); err == nil {
			pids = append(pids, pid)
		}
	}
	rows.Close()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, pid := range pids {
		cpu := proc.CPU(pid)
		if cpu == 0 {
			continue
		}
		if _, seen := w.first[pid]; !seen {
			w.first[pid] = 0
			if initial {
				w.first[pid] = cpu
			}
		}
		w.last[pid] = max(w.last[pid], cpu)
	}
	return rows.Err()
}

// CPU returns the CPU time the database's backends used since the watch
// began.
func (w *pgWatch) CPU() time.Duration {
	if w == nil {
		return 0
	}
	_ = w.sample(false)
	w.mu.Lock()
	defer w.mu.Unlock()
	var sum time.Duration
	for pid, last := range w.last {
		sum += last - w.first[pid]
	}
	return sum
}

// Close stops the watch.
func (w *pgWatch) Close() {
	close(w.stop)
	<-w.done
	w.admin.Close()
}
