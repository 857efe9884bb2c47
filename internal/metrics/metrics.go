// Package metrics counts what the server does, for Prometheus: GraphQL
// operations by name and outcome with their latency, the database pool,
// verifications by source and outcome, and the re-verifier's progress.
// Labels never hold secrets or IDs.
package metrics

import (
	"database/sql"
	"net/http"
	"regexp"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds the collectors of one server.
type Metrics struct {
	mu            sync.Mutex
	names         map[string]bool
	registry      *prometheus.Registry
	operations    *prometheus.CounterVec
	latency       *prometheus.HistogramVec
	verifications *prometheus.CounterVec
	reverified    *prometheus.CounterVec
	rounds        prometheus.Counter
}

// New returns fresh collectors, with the Go runtime's and the process's.
func New() *Metrics {
	m := &Metrics{
		names:    map[string]bool{},
		registry: prometheus.NewRegistry(),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "latchkey_graphql_operations_total", Help: "GraphQL operations, by operation name and outcome (ok or the first error code).",
		}, []string{"operation", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "latchkey_graphql_operation_seconds", Help: "GraphQL operation latency, by operation name.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}, []string{"operation"}),
		verifications: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "latchkey_verifications_total", Help: "Protected calls to sources, by source and outcome (ok or the failure reason).",
		}, []string{"source", "outcome"}),
		reverified: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "latchkey_reverify_accounts_total", Help: "Accounts checked by the re-verifier, by outcome.",
		}, []string{"outcome"}),
		rounds: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "latchkey_reverify_rounds_total", Help: "Re-verification rounds run.",
		}),
	}
	m.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.operations, m.latency, m.verifications, m.reverified, m.rounds)
	return m
}

// WatchPool adds the statistics of a database pool.
func (m *Metrics) WatchPool(db *sql.DB) {
	m.registry.MustRegister(collectors.NewDBStatsCollector(db, "latchkey"))
}

// Connections is what WatchConnections reads: the connections being
// served, those closed to make room, and those refused at once.
type Connections interface {
	Served() int
	Evicted() uint64
	Refused() uint64
}

// WatchConnections adds the counts of the server's connections.
func (m *Metrics) WatchConnections(c Connections) {
	m.registry.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "latchkey_connections_served", Help: "HTTP connections being served now (websockets not counted once upgraded).",
		}, func() float64 { return float64(c.Served()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "latchkey_connections_evicted_total", Help: "HTTP connections closed to make room for new ones, at LATCHKEY_MAX_CONNECTIONS: idle ones, and those that kept the server waiting on their client.",
		}, func() float64 { return float64(c.Evicted()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "latchkey_connections_refused_total", Help: "HTTP connections closed as soon as accepted, at LATCHKEY_MAX_CONNECTIONS, their address holding a sixteenth of the places with connections that have not sent their request.",
		}, func() float64 { return float64(c.Refused()) }),
	)
}

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

// maxOperations bounds the operation names kept apart: clients name their
// operations, and each name is a series.
const maxOperations = 200

// operationName is what a GraphQL operation name looks like, kept short.
var operationName = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)

// Operation records one GraphQL operation. Unnamed operations count as
// "anonymous"; names that are not GraphQL names of at most 64 characters,
// and names beyond the first maxOperations, as "other".
func (m *Metrics) Operation(name, outcome string, took time.Duration) {
	if name == "" {
		name = "anonymous"
	}
	if !operationName.MatchString(name) {
		name = "other"
	}
	m.mu.Lock()
	if !m.names[name] {
		if len(m.names) < maxOperations {
			m.names[name] = true
		} else {
			name = "other"
		}
	}
	m.mu.Unlock()
	m.operations.WithLabelValues(name, outcome).Inc()
	m.latency.WithLabelValues(name).Observe(took.Seconds())
}

// Verification records one protected call to a source.
func (m *Metrics) Verification(source, outcome string) {
	m.verifications.WithLabelValues(source, outcome).Inc()
}

// Round records one re-verification round's counts, by outcome.
func (m *Metrics) Round(counts map[string]int) {
	m.rounds.Inc()
	for outcome, n := range counts {
		m.reverified.WithLabelValues(outcome).Add(float64(n))
	}
}
