const { ApolloServer } = require("apollo-server-express");
const { graphqlHTTP } = require("express-graphql");
const { createHandler } = require("graphql-http/lib/use/express");
const { NoSchemaIntrospectionCustomRule } = require("graphql");

// Apollo Server: introspection turned on for every environment.
// ruleid: javascript-graphql-introspection-enabled
const server = new ApolloServer({ typeDefs, resolvers, introspection: true, playground: true });

const loans = new ApolloServer({
  typeDefs,
  resolvers,
  // ok: javascript-graphql-introspection-enabled
  introspection: process.env.NODE_ENV !== "production",
});

// ok: javascript-graphql-introspection-enabled
const quiet = new ApolloServer({ typeDefs, resolvers, introspection: false });

// express-graphql answers introspection queries unless the validation rule refuses them.
// ruleid: javascript-graphql-introspection-enabled
app.use("/graphql", graphqlHTTP({ schema, graphiql: false }));
// ruleid: javascript-graphql-introspection-enabled
app.use("/graphql", graphqlHTTP((req, res) => ({
  schema,
  validationRules: [depthLimit(10)],
})));
// ok: javascript-graphql-introspection-enabled
app.use("/graphql", graphqlHTTP({ schema, validationRules: [NoSchemaIntrospectionCustomRule] }));
// ok: javascript-graphql-introspection-enabled
app.use("/api", graphqlHTTP(() => ({ schema, validationRules: [depthLimit(5), NoSchemaIntrospectionCustomRule] })));
// ok: javascript-graphql-introspection-enabled
app.all("/graphql", createHandler({ schema, validationRules: [NoSchemaIntrospectionCustomRule] }));

// Introspection left to a plugin that decides per request (a public-introspection setting).
const controlled = new ApolloServer({
  // ok: javascript-graphql-introspection-enabled
  introspection: true,
  plugins: [IntrospectionControlPlugin(config.graphQLPublicIntrospection)],
  schema,
});
// ruleid: javascript-graphql-introspection-enabled
const other = new ApolloServer({ introspection: true, plugins: [cacheControlPlugin()], schema });
