package graph

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/keys"
)

// CreateAuthAccess is the resolver for the createAuthAccess field.
func (r *mutationResolver) CreateAuthAccess(ctx context.Context, input keys.CreateInput) (*model.CreateAuthAccessPayload, error) {
	key, secretKey, err := keys.Create(ctx, r.client, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateAuthAccessPayload{AuthAccess: key, SecretKey: secretKey}, nil
}

// UpdateAuthAccess is the resolver for the updateAuthAccess field.
func (r *mutationResolver) UpdateAuthAccess(ctx context.Context, id *string, foreignID *string, change *keys.Change, remove []model.AuthAccessField) (*model.AuthAccessPayload, error) {
	key, err := keys.Update(ctx, r.client, keys.Ref{ID: id, ForeignID: foreignID}, orEmpty(change), keyFields(remove))
	if err != nil {
		return nil, err
	}
	return &model.AuthAccessPayload{AuthAccess: key}, nil
}

// DisableAuthAccess is the resolver for the disableAuthAccess field.
func (r *mutationResolver) DisableAuthAccess(ctx context.Context, id string) (*model.AuthAccessPayload, error) {
	key, err := keys.SetEnabled(ctx, r.client, id, false)
	if err != nil {
		return nil, err
	}
	return &model.AuthAccessPayload{AuthAccess: key}, nil
}

// EnableAuthAccess is the resolver for the enableAuthAccess field.
func (r *mutationResolver) EnableAuthAccess(ctx context.Context, id string) (*model.AuthAccessPayload, error) {
	key, err := keys.SetEnabled(ctx, r.client, id, true)
	if err != nil {
		return nil, err
	}
	return &model.AuthAccessPayload{AuthAccess: key}, nil
}

// RotateAuthAccessSecret is the resolver for the rotateAuthAccessSecret field.
func (r *mutationResolver) RotateAuthAccessSecret(ctx context.Context, id string, gracePeriod *int) (*model.RotateAuthAccessSecretPayload, error) {
	key, secretKey, err := keys.Rotate(ctx, r.client, id, seconds(gracePeriod))
	if err != nil {
		return nil, err
	}
	return &model.RotateAuthAccessSecretPayload{AuthAccess: key, SecretKey: secretKey, PreviousSecretExpiresTime: key.PreviousSecretExpiresTime}, nil
}

// CreateConnectSession is the resolver for the createConnectSession field.
func (r *mutationResolver) CreateConnectSession(ctx context.Context, input keys.ConnectSessionInput) (*model.ConnectSessionPayload, error) {
	key, secretKey, err := keys.CreateConnectSession(ctx, r.client, input)
	if err != nil {
		return nil, err
	}
	return &model.ConnectSessionPayload{AuthAccess: key, SecretKey: secretKey, ExpiresTime: *key.ExpiresTime}, nil
}

// AuthAccess is the resolver for the authAccess field.
func (r *queryResolver) AuthAccess(ctx context.Context, id *string, token *string, foreignID *string) (*ent.AuthAccess, error) {
	return keys.Get(ctx, r.client, keys.Ref{ID: id, Token: token, ForeignID: foreignID})
}

// AuthAccesses is the resolver for the authAccesses field.
func (r *queryResolver) AuthAccesses(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.AuthAccessOrder, where *ent.AuthAccessWhereInput, filter *string, sortBy *string, limit *int) (*ent.AuthAccessConnection, error) {
	where, orderBy, first, err := apply(ctx, authAccessListing, listArgs{filter, sortBy, limit}, where, orderBy, first, last)
	if err != nil {
		return nil, err
	}
	return r.client.AuthAccess.Query().Paginate(ctx, after, first, before, last, ent.WithAuthAccessOrder(orderBy), ent.WithAuthAccessFilter(where.Filter))
}
