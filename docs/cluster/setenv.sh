# Magnolia Essays: what each instance's Tomcat passes to the shared comments repository (bin/setenv.sh).
# Jackrabbit fills the ${...} of essays-comments-repository.xml from JVM system properties. One Magnolia
# webapp per JVM: two webapps in one Tomcat would share these values, and so the cluster id.
# The password is read from a file only root and Tomcat's user can read, not written here.
CATALINA_OPTS="$CATALINA_OPTS \
  -Dessays.comments.db.url=jdbc:postgresql://db.example.org:5432/essays_comments \
  -Dessays.comments.db.user=essays_comments \
  -Dessays.comments.db.password=$(cat /etc/magnolia/essays-comments-db-password) \
  -Dessays.comments.cluster.id=${ESSAYS_CLUSTER_ID:?set ESSAYS_CLUSTER_ID, unique per instance, e.g. public-1}"
