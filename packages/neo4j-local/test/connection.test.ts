import { describe, expect, it } from "vitest";
import { neo4jConnection } from "../src/connection.ts";

describe("neo4jConnection", () => {
  it("means the local server, user neo4j and the local default password when nothing is set", () => {
    expect(neo4jConnection({})).toEqual({ uri: "bolt://127.0.0.1:7687", user: "neo4j", password: "newskg-local" });
  });

  it("takes every detail from the environment", () => {
    const env = { NEO4J_URI: "neo4j://db.example:7687", NEO4J_USER: "reader", NEO4J_PASSWORD: "s3cret-pw", NEO4J_DATABASE: "news" };
    expect(neo4jConnection(env)).toEqual({ uri: "neo4j://db.example:7687", user: "reader", password: "s3cret-pw", database: "news" });
  });

  it("treats blank variables as unset", () => {
    expect(neo4jConnection({ NEO4J_URI: " ", NEO4J_PASSWORD: "" })).toEqual({
      uri: "bolt://127.0.0.1:7687",
      user: "neo4j",
      password: "newskg-local",
    });
  });
});
