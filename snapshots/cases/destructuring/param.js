function area({ w, h }) {
  return w * h;
}
print(area({ w: 2, h: 3 }));
print("done");
/* expected
6
done
*/
