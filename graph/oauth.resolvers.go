package graph

import (
	"context"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/generated"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/oauth"
)

// StartOAuthConnect is the resolver for the startOAuthConnect field.
func (r *mutationResolver) StartOAuthConnect(ctx context.Context, input oauth.StartInput) (*model.StartOAuthConnectPayload, error) {
	started, err := r.oauth.Start(ctx, r.client, input)
	if err != nil {
		return nil, err
	}
	return &model.StartOAuthConnectPayload{OauthConnect: started.Connect, ConnectURL: started.ConnectURL}, nil
}

// Account is the resolver for the account field.
func (r *oAuthConnectResolver) Account(ctx context.Context, obj *oauth.Connect) (*ent.Account, error) {
	if obj.AccountID == nil {
		return nil, nil
	}
	// Null once the account is gone, or for a viewer that may not see it.
	acc, err := r.client.Account.Get(ctx, *obj.AccountID)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return acc, err
}

// OauthConnect is the resolver for the oauthConnect field.
func (r *queryResolver) OauthConnect(ctx context.Context, id string) (*oauth.Connect, error) {
	return r.oauth.Get(ctx, r.client, id)
}

// OAuthConnect returns generated.OAuthConnectResolver implementation.
func (r *Resolver) OAuthConnect() generated.OAuthConnectResolver { return &oAuthConnectResolver{r} }

type oAuthConnectResolver struct{ *Resolver }
