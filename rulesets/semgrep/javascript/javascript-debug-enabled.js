const express = require("express");
const errorhandler = require("errorhandler");
const { ApolloServer } = require("apollo-server-express");

const app = express();
// ruleid: javascript-debug-enabled
app.use(errorhandler());

if (process.env.NODE_ENV === "development") {
  // ok: javascript-debug-enabled
  app.use(errorhandler());
}

// ruleid: javascript-debug-enabled
const server = new ApolloServer({ typeDefs, resolvers, debug: true });
// ok: javascript-debug-enabled
const server2 = new ApolloServer({ typeDefs, resolvers, debug: false });
