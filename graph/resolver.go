// Package graph is Latchkey's GraphQL layer: the resolvers (thin: arguments
// in, one data-layer or domain call, payload out), the error presenter and
// the handler that serves them. The generated executor is in graph/generated.
package graph

import (
	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/accounts"
	"github.com/latchkey/latchkey/internal/apps"
	"github.com/latchkey/latchkey/internal/custom"
	"github.com/latchkey/latchkey/internal/feed"
	"github.com/latchkey/latchkey/internal/oauth"
	"github.com/latchkey/latchkey/internal/webhooks"
)

// Resolver holds the resolvers' dependencies.
type Resolver struct {
	client   *ent.Client
	accounts *accounts.Service
	apps     *apps.Store
	custom   *custom.Store
	feed     *feed.Hub
	webhooks *webhooks.Service
	oauth    *oauth.Service
}

// Deps are the resolvers' dependencies.
type Deps struct {
	Client   *ent.Client
	Accounts *accounts.Service
	Apps     *apps.Store
	Custom   *custom.Store
	Feed     *feed.Hub
	Webhooks *webhooks.Service
	OAuth    *oauth.Service
}

// NewResolver returns the root resolver.
func NewResolver(d Deps) *Resolver {
	return &Resolver{client: d.Client, accounts: d.Accounts, apps: d.Apps, custom: d.Custom, feed: d.Feed, webhooks: d.Webhooks, oauth: d.OAuth}
}
