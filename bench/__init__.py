"""Benchmarks: how well and how fast Dateline does its job, on shared data sets."""
