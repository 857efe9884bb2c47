package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/feed"
	"github.com/latchkey/latchkey/internal/keys"
)

func createKey(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("keys create", flag.ContinueOnError)
	fs.SetOutput(stderr)
	env := fs.String("environment", "", "slug of the environment; created if it does not exist (required)")
	perm := fs.String("permission", "", "CREDENTIALS_IN_ONLY, READ_ONLY, READ_CREDENTIALS_IN, READ_WRITE_NO_CREDENTIALS_OUT or FULL_ACCESS (required)")
	name := fs.String("name", "", "what the key is for (required)")
	asJSON := fs.Bool("json", false, "print one JSON object with id, token, secretKey, environment and permission")
	var st storage
	st.addFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *env == "" || *perm == "" || *name == "" {
		fs.Usage()
		return fmt.Errorf("keys create: --environment, --permission and --name are required")
	}
	if !auth.Permission(*perm).Valid() {
		return fmt.Errorf("keys create: --permission %q is not one of %v", *perm, auth.Permissions())
	}
	db, _, err := st.open(ctx, feed.NewHub().Wrap)
	if err != nil {
		return err
	}
	defer db.Close()
	key, secretKey, err := keys.Bootstrap(ctx, db.Client, *env, keys.CreateInput{Name: *name, Permission: auth.Permission(*perm)})
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]string{
			"id": key.ID, "token": key.Token, "secretKey": secretKey,
			"environment": *env, "permission": string(key.Permission),
		})
	}
	fmt.Fprintf(stdout, "Created %s key %s (%s) in environment %s.\n\n", key.Permission, key.ID, key.Token, *env)
	fmt.Fprintf(stdout, "Secret key (shown once; store it now):\n\n  %s\n\n", secretKey)
	fmt.Fprintf(stdout, "Use it as:  Authorization: Bearer %s\n", secretKey)
	return nil
}
