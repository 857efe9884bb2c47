package latchkey_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/latchkey/latchkey/examples/go/latchkey"
)

// Lists the enabled accounts, newest first, a page at a time.
func Example() {
	ctx := context.Background()
	client := latchkey.NewClient("http://127.0.0.1:8080/graphql", os.Getenv("LATCHKEY_KEY"), nil)
	filter, sortBy := "isEnabled = true", "createdTime:DESC"
	var after *string
	for {
		page, err := latchkey.Accounts(ctx, client, &filter, &sortBy, nil, after)
		if err != nil {
			log.Fatalf("listing accounts (%s): %v", latchkey.ErrorCode(err), err)
		}
		for _, edge := range page.Accounts.Edges {
			fmt.Println(edge.Node.Source.Key, edge.Node.Identifier)
		}
		if !page.Accounts.PageInfo.HasNextPage {
			return
		}
		after = page.Accounts.PageInfo.EndCursor
	}
}
