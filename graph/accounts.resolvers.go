package graph

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/accounts"
)

// CreateAccount is the resolver for the createAccount field.
func (r *mutationResolver) CreateAccount(ctx context.Context, input accounts.CreateInput) (*model.CreateAccountPayload, error) {
	acc, alreadyExists, err := r.accounts.Create(ctx, r.client, input)
	if err != nil {
		return nil, err
	}
	return &model.CreateAccountPayload{Account: acc, AlreadyExists: alreadyExists}, nil
}

// VerifyAccount is the resolver for the verifyAccount field.
func (r *mutationResolver) VerifyAccount(ctx context.Context, id string) (*model.AccountPayload, error) {
	acc, _, err := r.accounts.Verify(ctx, r.client, id)
	if err != nil {
		return nil, err
	}
	return &model.AccountPayload{Account: acc}, nil
}

// RevealAccountCredentials is the resolver for the revealAccountCredentials field.
func (r *mutationResolver) RevealAccountCredentials(ctx context.Context, id string) (*model.RevealAccountCredentialsPayload, error) {
	acc, creds, err := r.accounts.Reveal(ctx, r.client, id)
	if err != nil {
		return nil, err
	}
	return &model.RevealAccountCredentialsPayload{Account: acc, Credentials: revealed(creds)}, nil
}

// UpdateAccount is the resolver for the updateAccount field.
func (r *mutationResolver) UpdateAccount(ctx context.Context, id string, change *accounts.Change, remove []model.AccountField) (*model.AccountPayload, error) {
	acc, err := r.accounts.Update(ctx, r.client, id, orEmpty(change), accountFields(remove))
	if err != nil {
		return nil, err
	}
	return &model.AccountPayload{Account: acc}, nil
}

// DeleteAccount is the resolver for the deleteAccount field.
func (r *mutationResolver) DeleteAccount(ctx context.Context, id string, revoke *bool) (*model.DeleteAccountPayload, error) {
	d, err := r.accounts.Delete(ctx, r.client, id, revoke == nil || *revoke)
	if err != nil {
		return nil, err
	}
	return &model.DeleteAccountPayload{DeletedID: id, Revocation: d.Revocation, RevocationError: nonEmpty(d.Reason)}, nil
}

// EnableAccount is the resolver for the enableAccount field.
func (r *mutationResolver) EnableAccount(ctx context.Context, id string) (*model.AccountPayload, error) {
	acc, err := r.accounts.SetEnabled(ctx, r.client, id, true)
	if err != nil {
		return nil, err
	}
	return &model.AccountPayload{Account: acc}, nil
}

// DisableAccount is the resolver for the disableAccount field.
func (r *mutationResolver) DisableAccount(ctx context.Context, id string) (*model.AccountPayload, error) {
	acc, err := r.accounts.SetEnabled(ctx, r.client, id, false)
	if err != nil {
		return nil, err
	}
	return &model.AccountPayload{Account: acc}, nil
}

// Account is the resolver for the account field.
func (r *queryResolver) Account(ctx context.Context, id *string, source *string, identifier *string) (*ent.Account, error) {
	return accounts.Find(ctx, r.client, accounts.Ref{ID: id, Source: source, Identifier: identifier})
}

// Accounts is the resolver for the accounts field.
func (r *queryResolver) Accounts(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.AccountOrder, where *ent.AccountWhereInput, filter *string, sortBy *string, limit *int) (*ent.AccountConnection, error) {
	where, orderBy, first, err := apply(ctx, accountListing, listArgs{filter, sortBy, limit}, where, orderBy, first, last)
	if err != nil {
		return nil, err
	}
	return r.client.Account.Query().Paginate(ctx, after, first, before, last, ent.WithAccountOrder(orderBy), ent.WithAccountFilter(where.Filter))
}
