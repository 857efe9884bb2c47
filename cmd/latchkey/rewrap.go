package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/latchkey/latchkey/internal/rewrap"
)

// rewrapValues seals every stored secret again with the first master key,
// while servers keep serving, and says how far it got and how fast.
func rewrapValues(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("rewrap", flag.ContinueOnError)
	fs.SetOutput(stderr)
	batch := fs.Int("batch", rewrap.DefaultBatch, "rows read and written per transaction")
	var st storage
	st.addFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, ring, err := st.open(ctx, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	fmt.Fprintf(stdout, "Sealing every stored secret with key %s (%s).\n", ring.Primary(), st.describe())
	last := time.Now()
	done, err := rewrap.Run(ctx, db, ring, *batch, func(p rewrap.Progress) {
		if time.Since(last) >= 5*time.Second {
			last = time.Now()
			fmt.Fprintf(stdout, "  %s: %d sealed again so far (%.0f a second)\n", p.Table, p.Resealed, p.Rate())
		}
	})
	for _, p := range done {
		fmt.Fprintf(stdout, "%s: %d sealed again in %v (%.0f a second), %d changed by a server meanwhile, %d did not open\n",
			p.Table, p.Resealed, p.Elapsed.Round(time.Millisecond), p.Rate(), p.Changed, len(p.Unopened))
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Done: every secret is sealed with key %s; the other keys may now leave LATCHKEY_MASTER_KEY.\n", ring.Primary())
	return nil
}
