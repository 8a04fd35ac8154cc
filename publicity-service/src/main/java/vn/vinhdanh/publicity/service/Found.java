package vn.vinhdanh.publicity.service;

import java.util.List;

/** One page of a list as the database answers it, and how many match over all pages. */
public record Found<T>(List<T> items, long total) {}
