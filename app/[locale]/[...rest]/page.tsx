// Any unknown address under a language gets that language's 404 page.
import { notFound } from "next/navigation";

export default function CatchAll() {
  notFound();
}
