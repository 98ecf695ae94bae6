package de.laufzettel.api;

/**
 * Marks the API's controllers: their errors are answered as problem+json ({@link ApiProblems}),
 * and the OpenAPI description and its test cover exactly them.
 */
interface ApiController {
}
