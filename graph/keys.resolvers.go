package graph

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/model"
)

// CreateAuthAccess is the resolver for the createAuthAccess field.
func (r *mutationResolver) CreateAuthAccess(ctx context.Context, input model.CreateAuthAccessInput) (*model.CreateAuthAccessPayload, error) {
	panic(fmt.Errorf("not implemented: CreateAuthAccess - createAuthAccess"))
}

// UpdateAuthAccess is the resolver for the updateAuthAccess field.
func (r *mutationResolver) UpdateAuthAccess(ctx context.Context, id *string, foreignID *string, change *model.AuthAccessChange, remove []model.AuthAccessField) (*model.AuthAccessPayload, error) {
	panic(fmt.Errorf("not implemented: UpdateAuthAccess - updateAuthAccess"))
}

// DisableAuthAccess is the resolver for the disableAuthAccess field.
func (r *mutationResolver) DisableAuthAccess(ctx context.Context, id string) (*model.AuthAccessPayload, error) {
	panic(fmt.Errorf("not implemented: DisableAuthAccess - disableAuthAccess"))
}

// EnableAuthAccess is the resolver for the enableAuthAccess field.
func (r *mutationResolver) EnableAuthAccess(ctx context.Context, id string) (*model.AuthAccessPayload, error) {
	panic(fmt.Errorf("not implemented: EnableAuthAccess - enableAuthAccess"))
}

// RotateAuthAccessSecret is the resolver for the rotateAuthAccessSecret field.
func (r *mutationResolver) RotateAuthAccessSecret(ctx context.Context, id string, gracePeriod *int) (*model.RotateAuthAccessSecretPayload, error) {
	panic(fmt.Errorf("not implemented: RotateAuthAccessSecret - rotateAuthAccessSecret"))
}

// AuthAccess is the resolver for the authAccess field.
func (r *queryResolver) AuthAccess(ctx context.Context, id *string, token *string, foreignID *string) (*ent.AuthAccess, error) {
	panic(fmt.Errorf("not implemented: AuthAccess - authAccess"))
}
