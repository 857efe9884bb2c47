package oauth

import (
	"context"
	"fmt"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/oauthflow"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
)

// Get returns the flow id as the viewer may see it: the key that started
// it, or a key of its environment that may read. It returns nil, nil for
// any other flow, and for none.
func (s *Service) Get(ctx context.Context, c *ent.Client, id string) (*Connect, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil, nil
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	flow, err := c.OAuthFlow.Query().Where(oauthflow.ID(id), oauthflow.EnvironmentID(v.EnvironmentID)).Only(sys)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("oauth.Get: %w", err)
	}
	if flow.AuthAccessID != v.AuthAccessID && !v.Allows(auth.Read) {
		return nil, nil
	}
	src, err := c.Source.Get(sys, flow.SourceID)
	if err != nil {
		return nil, fmt.Errorf("oauth.Get: %w", err)
	}
	return connectOf(flow, src.Key), nil
}

// exchangeBound is longer than any exchange and verification may take.
const exchangeBound = 5 * time.Minute

// connectOf returns what a flow of the source with this key shows.
func connectOf(flow *ent.OAuthFlow, source string) *Connect {
	status := map[oauthflow.Stage]string{
		oauthflow.StageCREATED: "WAITING", oauthflow.StageSTARTED: "STARTED", oauthflow.StageEXCHANGING: "EXCHANGING",
		oauthflow.StageDONE: "DONE", oauthflow.StageFAILED: "FAILED",
	}[flow.Stage]
	switch now := clock.Now(); {
	case (flow.Stage == oauthflow.StageCREATED || flow.Stage == oauthflow.StageSTARTED) && !now.Before(flow.ExpiresTime):
		status = "EXPIRED"
	case flow.Stage == oauthflow.StageEXCHANGING && now.After(flow.ExpiresTime.Add(exchangeBound)):
		// Its process ended before it did.
		status = "EXPIRED"
	}
	return &Connect{ID: flow.ID, Source: source, Status: status, AccountID: flow.AccountID, AlreadyExists: flow.AlreadyExisted,
		ErrorCode: flow.ErrorCode, ExpiresTime: flow.ExpiresTime}
}
