package api

import (
	"net/http"
	"os"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	gqlhandler "github.com/graphql-go/handler"
	"github.com/graphql-go/graphql"
)

func loanGraph(schema graphql.Schema) http.Handler {
	// ruleid: go-graphql-introspection-enabled
	return gqlhandler.New(&gqlhandler.Config{Schema: &schema, Pretty: true, GraphiQL: true})
}

func loanPlayground(schema graphql.Schema) http.Handler {
	// ruleid: go-graphql-introspection-enabled
	return gqlhandler.New(&gqlhandler.Config{Schema: &schema, Playground: true})
}

func loanGraphQuiet(schema graphql.Schema) http.Handler {
	// ok: go-graphql-introspection-enabled
	return gqlhandler.New(&gqlhandler.Config{Schema: &schema, Pretty: true, GraphiQL: false})
}

func loanGraphByEnvironment(schema graphql.Schema) http.Handler {
	// ok: go-graphql-introspection-enabled
	return gqlhandler.New(&gqlhandler.Config{Schema: &schema, GraphiQL: os.Getenv("APP_ENV") == "dev"})
}

func gqlgenServer(srv *handler.Server) {
	// ruleid: go-graphql-introspection-enabled
	srv.Use(extension.Introspection{})
	// ok: go-graphql-introspection-enabled
	srv.Use(extension.FixedComplexityLimit(200))
}
