package server_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/graph/generated"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// mutationCase is how to run one mutation of the schema and the event it
// must record about its subject.
type mutationCase struct {
	name  string
	query string
	vars  func(st *mutationState) map[string]any
	event string
	// subject returns the event's subject ID from the mutation's data.
	subject func(data map[string]json.RawMessage) string
}

// mutationState holds what earlier cases made, for later ones.
type mutationState struct {
	account, key, custom, endpoint, delivery, app string
}

// mutationCases covers every mutation, in an order where each finds what
// it needs. A mutation added to the schema without a case here fails
// TestEveryMutationRecordsAnEvent.
var mutationCases = []mutationCase{
	{"createPlatformApp", `mutation($name: String!) { createPlatformApp(input: {source: "stripe", name: $name, clientId: "ca_1", clientSecret: "sk_platform"}) { platformApp { id } } }`,
		func(st *mutationState) map[string]any { return map[string]any{"name": "platform-" + st.custom} }, "PLATFORM_APP_CREATED", field("createPlatformApp", "platformApp", "id")},
	{"startOAuthConnect", `mutation($app: ID!) { startOAuthConnect(input: {source: "stripe", platformApp: $app}) { oauthConnect { id } } }`,
		func(st *mutationState) map[string]any { return map[string]any{"app": st.app} }, "OAUTH_CONNECT_STARTED", field("startOAuthConnect", "oauthConnect", "id")},
	{"createCustomSource", `mutation($in: CreateCustomSourceInput!) { createCustomSource(input: $in) { source { id } } }`,
		func(st *mutationState) map[string]any {
			return map[string]any{"in": customSource("acme-"+st.custom, "https://api.acme.example", "BEARER")}
		}, "SOURCE_CREATED", field("createCustomSource", "source", "id")},
	{"createAccount", `mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { id } } }`,
		func(st *mutationState) map[string]any { return map[string]any{"in": shopify("shop-" + st.custom)} },
		"ACCOUNT_ADDED", field("createAccount", "account", "id")},
	{"verifyAccount", `mutation($id: ID!) { verifyAccount(id: $id) { account { id } } }`, accountID, "ACCOUNT_VERIFIED", field("verifyAccount", "account", "id")},
	{"updateAccount", `mutation($id: ID!) { updateAccount(id: $id, change: {displayName: "Renamed"}) { account { id } } }`, accountID, "ACCOUNT_UPDATED", field("updateAccount", "account", "id")},
	{"disableAccount", `mutation($id: ID!) { disableAccount(id: $id) { account { id } } }`, accountID, "ACCOUNT_DISABLED", field("disableAccount", "account", "id")},
	{"enableAccount", `mutation($id: ID!) { enableAccount(id: $id) { account { id } } }`, accountID, "ACCOUNT_ENABLED", field("enableAccount", "account", "id")},
	{"revealAccountCredentials", `mutation($id: ID!) { revealAccountCredentials(id: $id) { account { id } } }`, accountID, "ACCOUNT_CREDENTIALS_REVEALED", field("revealAccountCredentials", "account", "id")},
	{"deleteAccount", `mutation($id: ID!) { deleteAccount(id: $id) { deletedId } }`, accountID, "ACCOUNT_DELETED", field("deleteAccount", "deletedId")},
	{"createAuthAccess", `mutation { createAuthAccess(input: {name: "made", permission: READ_ONLY}) { authAccess { id } } }`, nil, "AUTH_ACCESS_CREATED", field("createAuthAccess", "authAccess", "id")},
	{"updateAuthAccess", `mutation($id: ID!) { updateAuthAccess(id: $id, change: {description: "d"}) { authAccess { id } } }`, keyID, "AUTH_ACCESS_UPDATED", field("updateAuthAccess", "authAccess", "id")},
	{"disableAuthAccess", `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`, keyID, "AUTH_ACCESS_DISABLED", field("disableAuthAccess", "authAccess", "id")},
	{"enableAuthAccess", `mutation($id: ID!) { enableAuthAccess(id: $id) { authAccess { id } } }`, keyID, "AUTH_ACCESS_ENABLED", field("enableAuthAccess", "authAccess", "id")},
	{"rotateAuthAccessSecret", `mutation($id: ID!) { rotateAuthAccessSecret(id: $id) { authAccess { id } } }`, keyID, "AUTH_ACCESS_SECRET_ROTATED", field("rotateAuthAccessSecret", "authAccess", "id")},
	{"createConnectSession", `mutation { createConnectSession(input: {personId: "person-1"}) { authAccess { id } } }`, nil, "AUTH_ACCESS_CREATED", field("createConnectSession", "authAccess", "id")},
	{"createWebhookEndpoint", `mutation($url: String!) { createWebhookEndpoint(input: {url: $url}) { webhookEndpoint { id } } }`,
		func(st *mutationState) map[string]any {
			return map[string]any{"url": "https://hooks.example.com/" + st.custom}
		},
		"WEBHOOK_ENDPOINT_CREATED", field("createWebhookEndpoint", "webhookEndpoint", "id")},
	{"updateWebhookEndpoint", `mutation($id: ID!) { updateWebhookEndpoint(id: $id, change: {description: "d"}) { webhookEndpoint { id } } }`, endpointID, "WEBHOOK_ENDPOINT_UPDATED", field("updateWebhookEndpoint", "webhookEndpoint", "id")},
	{"rotateWebhookEndpointSecret", `mutation($id: ID!) { rotateWebhookEndpointSecret(id: $id) { webhookEndpoint { id } } }`, endpointID, "WEBHOOK_ENDPOINT_SECRET_ROTATED", field("rotateWebhookEndpointSecret", "webhookEndpoint", "id")},
	{"disableWebhookEndpoint", `mutation($id: ID!) { disableWebhookEndpoint(id: $id) { webhookEndpoint { id } } }`, endpointID, "WEBHOOK_ENDPOINT_DISABLED", field("disableWebhookEndpoint", "webhookEndpoint", "id")},
	{"enableWebhookEndpoint", `mutation($id: ID!) { enableWebhookEndpoint(id: $id) { webhookEndpoint { id } } }`, endpointID, "WEBHOOK_ENDPOINT_ENABLED", field("enableWebhookEndpoint", "webhookEndpoint", "id")},
	{"redeliverWebhook", `mutation($id: ID!) { redeliverWebhook(id: $id) { webhookDelivery { id } } }`,
		func(st *mutationState) map[string]any { return map[string]any{"id": st.delivery} }, "WEBHOOK_DELIVERY_REDELIVERED", field("redeliverWebhook", "webhookDelivery", "id")},
	{"deleteWebhookEndpoint", `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { deletedId } }`, endpointID, "WEBHOOK_ENDPOINT_DELETED", field("deleteWebhookEndpoint", "deletedId")},
}

func accountID(st *mutationState) map[string]any { return map[string]any{"id": st.account} }
func keyID(st *mutationState) map[string]any     { return map[string]any{"id": st.key} }
func endpointID(st *mutationState) map[string]any {
	return map[string]any{"id": st.endpoint}
}

// field returns a function reading the string at path in a mutation's data.
func field(path ...string) func(map[string]json.RawMessage) string {
	return func(data map[string]json.RawMessage) string {
		raw := data[path[0]]
		for _, p := range path[1:] {
			var obj map[string]json.RawMessage
			if json.Unmarshal(raw, &obj) != nil {
				return ""
			}
			raw = obj[p]
		}
		var s string
		_ = json.Unmarshal(raw, &s)
		return s
	}
}

// TestEveryMutationRecordsAnEvent runs every mutation of the schema over
// HTTP and over a websocket: each answers its data (a websocket mutation
// used to panic after committing) and records its event, in one
// transaction with the change.
func TestEveryMutationRecordsAnEvent(t *testing.T) {
	var inSchema []string
	for _, f := range generated.NewExecutableSchema(generated.Config{}).Schema().Mutation.Fields {
		inSchema = append(inSchema, f.Name)
	}
	var covered []string
	for _, c := range mutationCases {
		covered = append(covered, c.name)
	}
	slices.Sort(inSchema)
	slices.Sort(covered)
	if !slices.Equal(inSchema, covered) {
		t.Fatalf("the schema's mutations %v differ from the cases %v: give each mutation a case and an event", inSchema, covered)
	}
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		socket := s.Connect(t, admin.Secret)
		transports := map[string]func(query string, vars map[string]any) *testenv.Result{
			"http":      func(q string, v map[string]any) *testenv.Result { return s.Do(t, admin.Secret, q, v) },
			"websocket": socket.Do,
		}
		for _, name := range []string{"http", "websocket"} {
			do := transports[name]
			st := &mutationState{custom: name}
			for _, c := range mutationCases {
				var vars map[string]any
				if c.vars != nil {
					vars = c.vars(st)
				}
				r := do(c.query, vars)
				var data map[string]json.RawMessage
				if len(r.Errors) > 0 || json.Unmarshal(r.Data, &data) != nil {
					t.Fatalf("%s over %s: %s", c.name, name, r.Body)
				}
				subject := c.subject(data)
				switch c.name {
				case "createPlatformApp":
					st.app = subject
				case "createAccount":
					st.account = subject
				case "createAuthAccess":
					st.key = subject
				case "createWebhookEndpoint":
					// The endpoint's own creation is its first delivery.
					st.endpoint = subject
					var d struct {
						WebhookDeliveries struct {
							Edges []struct{ Node struct{ ID string } }
						}
					}
					s.Must(t, admin.Secret, `query($f: String) { webhookDeliveries(first: 1, filter: $f) { edges { node { id } } } }`, map[string]any{"f": "endpointId = '" + subject + "'"}, &d)
					if len(d.WebhookDeliveries.Edges) != 1 {
						t.Fatalf("the new endpoint has no delivery of its creation: %+v", d)
					}
					st.delivery = d.WebhookDeliveries.Edges[0].Node.ID
				}
				var events struct {
					Events struct {
						Edges []struct {
							Node struct{ Type, SubjectID string }
						}
					}
				}
				s.Must(t, admin.Secret, `{ events(first: 1, sortBy: "createdTime:DESC") { edges { node { type subjectId } } } }`, nil, &events)
				if e := events.Events.Edges; len(e) != 1 || e[0].Node.Type != c.event || e[0].Node.SubjectID != subject {
					t.Errorf("%s over %s: the newest event is %+v, want %s about %s", c.name, name, e, c.event, subject)
				}
			}
		}
		// One mutation, one key: a websocket mutation is not answered as a
		// failure after it committed.
		var keys struct{ AuthAccesses struct{ TotalCount int } }
		s.Must(t, admin.Secret, `{ authAccesses(filter: "name = 'made'") { totalCount } }`, nil, &keys)
		if keys.AuthAccesses.TotalCount != 2 {
			t.Errorf("%d keys named made, want 2 (one per transport)", keys.AuthAccesses.TotalCount)
		}
		if strings.Contains(s.Logs(), "panic") {
			t.Errorf("the server logged a panic")
		}
	})
}
