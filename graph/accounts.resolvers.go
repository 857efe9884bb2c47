package graph

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/model"
)

// CreateAccount is the resolver for the createAccount field.
func (r *mutationResolver) CreateAccount(ctx context.Context, input model.CreateAccountInput) (*model.CreateAccountPayload, error) {
	panic(fmt.Errorf("not implemented: CreateAccount - createAccount"))
}

// UpdateAccount is the resolver for the updateAccount field.
func (r *mutationResolver) UpdateAccount(ctx context.Context, id string, change *model.AccountChange, remove []model.AccountField) (*model.AccountPayload, error) {
	panic(fmt.Errorf("not implemented: UpdateAccount - updateAccount"))
}

// DeleteAccount is the resolver for the deleteAccount field.
func (r *mutationResolver) DeleteAccount(ctx context.Context, id string) (*model.DeleteAccountPayload, error) {
	panic(fmt.Errorf("not implemented: DeleteAccount - deleteAccount"))
}

// EnableAccount is the resolver for the enableAccount field.
func (r *mutationResolver) EnableAccount(ctx context.Context, id string) (*model.AccountPayload, error) {
	panic(fmt.Errorf("not implemented: EnableAccount - enableAccount"))
}

// DisableAccount is the resolver for the disableAccount field.
func (r *mutationResolver) DisableAccount(ctx context.Context, id string) (*model.AccountPayload, error) {
	panic(fmt.Errorf("not implemented: DisableAccount - disableAccount"))
}

// Account is the resolver for the account field.
func (r *queryResolver) Account(ctx context.Context, id *string, source *string, identifier *string) (*ent.Account, error) {
	panic(fmt.Errorf("not implemented: Account - account"))
}
