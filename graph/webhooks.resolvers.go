package graph

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/webhooks"
)

// CreateWebhookEndpoint is the resolver for the createWebhookEndpoint field.
func (r *mutationResolver) CreateWebhookEndpoint(ctx context.Context, input webhooks.CreateInput) (*model.WebhookEndpointSecretPayload, error) {
	endpoint, secret, err := r.webhooks.Create(ctx, r.client, input)
	if err != nil {
		return nil, err
	}
	return &model.WebhookEndpointSecretPayload{WebhookEndpoint: endpoint, Secret: secret}, nil
}

// UpdateWebhookEndpoint is the resolver for the updateWebhookEndpoint field.
func (r *mutationResolver) UpdateWebhookEndpoint(ctx context.Context, id string, change *webhooks.Change, remove []model.WebhookEndpointField) (*model.WebhookEndpointPayload, error) {
	endpoint, err := r.webhooks.Update(ctx, r.client, id, orEmpty(change), webhookFields(remove))
	if err != nil {
		return nil, err
	}
	return &model.WebhookEndpointPayload{WebhookEndpoint: endpoint}, nil
}

// DisableWebhookEndpoint is the resolver for the disableWebhookEndpoint field.
func (r *mutationResolver) DisableWebhookEndpoint(ctx context.Context, id string) (*model.WebhookEndpointPayload, error) {
	endpoint, err := r.webhooks.SetEnabled(ctx, r.client, id, false)
	if err != nil {
		return nil, err
	}
	return &model.WebhookEndpointPayload{WebhookEndpoint: endpoint}, nil
}

// EnableWebhookEndpoint is the resolver for the enableWebhookEndpoint field.
func (r *mutationResolver) EnableWebhookEndpoint(ctx context.Context, id string) (*model.WebhookEndpointPayload, error) {
	endpoint, err := r.webhooks.SetEnabled(ctx, r.client, id, true)
	if err != nil {
		return nil, err
	}
	return &model.WebhookEndpointPayload{WebhookEndpoint: endpoint}, nil
}

// DeleteWebhookEndpoint is the resolver for the deleteWebhookEndpoint field.
func (r *mutationResolver) DeleteWebhookEndpoint(ctx context.Context, id string) (*model.DeleteWebhookEndpointPayload, error) {
	if err := r.webhooks.Delete(ctx, r.client, id); err != nil {
		return nil, err
	}
	return &model.DeleteWebhookEndpointPayload{DeletedID: id}, nil
}

// RotateWebhookEndpointSecret is the resolver for the rotateWebhookEndpointSecret field.
func (r *mutationResolver) RotateWebhookEndpointSecret(ctx context.Context, id string, overlap *int) (*model.WebhookEndpointSecretPayload, error) {
	endpoint, secret, err := r.webhooks.RotateSecret(ctx, r.client, id, seconds(overlap))
	if err != nil {
		return nil, err
	}
	return &model.WebhookEndpointSecretPayload{WebhookEndpoint: endpoint, Secret: secret}, nil
}

// RedeliverWebhook is the resolver for the redeliverWebhook field.
func (r *mutationResolver) RedeliverWebhook(ctx context.Context, id string) (*model.WebhookDeliveryPayload, error) {
	delivery, err := r.webhooks.Redeliver(ctx, r.client, id)
	if err != nil {
		return nil, err
	}
	return &model.WebhookDeliveryPayload{WebhookDelivery: delivery}, nil
}

// WebhookEndpoints is the resolver for the webhookEndpoints field.
func (r *queryResolver) WebhookEndpoints(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.WebhookEndpointOrder, where *ent.WebhookEndpointWhereInput, filter *string, sortBy *string, limit *int) (*ent.WebhookEndpointConnection, error) {
	where, orderBy, first, err := apply(ctx, webhookEndpointListing, listArgs{filter, sortBy, limit}, where, orderBy, first, last)
	if err != nil {
		return nil, err
	}
	return r.client.WebhookEndpoint.Query().Paginate(ctx, after, first, before, last, ent.WithWebhookEndpointOrder(orderBy), ent.WithWebhookEndpointFilter(where.Filter))
}

// WebhookDeliveries is the resolver for the webhookDeliveries field.
func (r *queryResolver) WebhookDeliveries(ctx context.Context, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy []*ent.WebhookDeliveryOrder, where *ent.WebhookDeliveryWhereInput, filter *string, sortBy *string, limit *int) (*ent.WebhookDeliveryConnection, error) {
	where, orderBy, first, err := apply(ctx, webhookDeliveryListing, listArgs{filter, sortBy, limit}, where, orderBy, first, last)
	if err != nil {
		return nil, err
	}
	return r.client.WebhookDelivery.Query().Paginate(ctx, after, first, before, last, ent.WithWebhookDeliveryOrder(orderBy), ent.WithWebhookDeliveryFilter(where.Filter))
}

// EventTypes is the resolver for the eventTypes field.
func (r *webhookEndpointResolver) EventTypes(ctx context.Context, obj *ent.WebhookEndpoint) ([]event.Type, error) {
	return eventTypes(obj.EventTypes), nil
}
