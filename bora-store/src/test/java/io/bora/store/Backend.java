package io.bora.store;

/** The databases the contract suite runs on. */
enum Backend { H2, POSTGRES }
