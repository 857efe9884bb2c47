package accounts

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/latchkey/latchkey/ent"
)

// TestRevocationsTakeTenantsInTurn: a tenant with many due revocations
// gets one turn in each round of the environments, not the whole batch.
func TestRevocationsTakeTenantsInTurn(t *testing.T) {
	var due []*ent.Revocation
	for i := range 6 {
		due = append(due, &ent.Revocation{ID: fmt.Sprint("busy-", i), EnvironmentID: "busy"})
	}
	due = append(due, &ent.Revocation{ID: "quiet-0", EnvironmentID: "quiet"}, &ent.Revocation{ID: "other-0", EnvironmentID: "other"})
	var got []string
	for _, r := range inTurns(due, 5) {
		got = append(got, r.ID)
	}
	if diff := cmp.Diff([]string{"busy-0", "quiet-0", "other-0", "busy-1", "busy-2"}, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if n := len(inTurns(due, 100)); n != len(due) {
		t.Errorf("a batch larger than what is due took %d of %d", n, len(due))
	}
}
