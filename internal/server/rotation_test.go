package server_test

import (
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestConcurrentRotations rotates one key twelve times at once: a rotation
// either wins, and the secret key it reports works, or is told CONFLICT.
// Before, every rotation reported success while their writes overwrote
// each other, so most reported secret keys never worked.
func TestConcurrentRotations(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		target := s.NewKey(t, "production", auth.ReadOnly)
		const n = 12 // within one key's share of the slots
		// The first rotation to write holds its transaction open a while, so
		// that the others overlap it: a second, as under a loaded CI run the
		// twelve requests took longer than 200 ms to all reach the server,
		// and rotations that do not overlap rightly rotate each other's
		// secrets out.
		s.Faults.Delay(testenv.BeforeCommit, `"secret_hash" =`, time.Second)
		var (
			wg      sync.WaitGroup
			mu      sync.Mutex
			secrets []string
			codes   = map[string]int{}
		)
		start := make(chan struct{})
		for range n {
			wg.Go(func() {
				<-start
				r := s.Do(t, admin.Secret, `mutation($id: ID!) { rotateAuthAccessSecret(id: $id, gracePeriod: 3600) { secretKey } }`, map[string]any{"id": target.ID})
				mu.Lock()
				defer mu.Unlock()
				codes[r.Code()]++
				if r.Code() == "" {
					var got struct{ RotateAuthAccessSecret struct{ SecretKey string } }
					r.Decode(t, &got)
					secrets = append(secrets, got.RotateAuthAccessSecret.SecretKey)
				}
			})
		}
		close(start)
		wg.Wait()
		s.Faults.Clear()
		if codes[""]+codes["CONFLICT"] != n || codes[""] == 0 {
			t.Fatalf("outcomes %v: want successes and CONFLICTs only", codes)
		}
		working := 0
		for _, secret := range secrets {
			if r := s.Do(t, secret, `{ viewer { permission } }`, nil); r.Code() == "" {
				working++
			}
		}
		if working != len(secrets) {
			t.Errorf("%d of the %d reported secret keys work (outcomes %v)", working, len(secrets), codes)
		}
		t.Logf("outcomes %v, %d working", codes, working)
	})
}
