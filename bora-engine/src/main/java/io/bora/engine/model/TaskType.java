package io.bora.engine.model;

/** Mistral's task execution type: ACTION (including no-action tasks) or WORKFLOW. */
public enum TaskType { ACTION, WORKFLOW }
