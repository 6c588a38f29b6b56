package org.highland.cli;
public class HighlandCommand { public static void main(String[] a) { System.out.println("hi"); } }
